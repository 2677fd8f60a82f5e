using Archive.Diagnostics;

namespace Archive.Loading;

/// <summary>An optional topic description (Markdown) from <c>content/topics.yml</c>.</summary>
public sealed record TopicRecord(string Name, SourceLocation Location, string? Description);
