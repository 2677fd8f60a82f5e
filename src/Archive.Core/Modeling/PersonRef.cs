namespace Archive.Modeling;

/// <summary>A person as an interview names them; <see cref="Url"/> is relative to the site root.</summary>
public sealed record PersonRef(string Name, string Slug, string Url);
