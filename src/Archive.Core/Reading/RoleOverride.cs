namespace Archive.Reading;

/// <summary>
/// An editor's correction from the interview's metadata: paragraph <paramref name="Paragraph"/> (numbered from 1, as
/// <c>inspect</c> shows them) has this role and, when given, this speaker (a person's name).
/// </summary>
public sealed record RoleOverride(int Paragraph, ParagraphRole Role, string? Speaker);
