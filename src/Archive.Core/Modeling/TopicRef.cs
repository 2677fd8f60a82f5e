namespace Archive.Modeling;

/// <summary>A topic as an interview names it; <see cref="Url"/> is relative to the site root.</summary>
public sealed record TopicRef(string Name, string Slug, string Url);
