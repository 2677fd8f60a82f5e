namespace Archive.Scaffolding;

/// <summary>
/// A speaker label as a new text uses it: how it is written (first use), what kind it is, how many paragraphs it
/// starts and how many of those are questions, and whether it ever stands alone on its line ("ERNST").
/// </summary>
internal sealed record LabelUse(string Label, LabelKind Kind, int Count, int Questions, bool OnOwnLine);
