using Archive.Diagnostics;

namespace Archive.Loading;

/// <summary>A free page such as "about", from <c>content/pages/&lt;slug&gt;.md</c>: front matter plus a Markdown body.</summary>
public sealed record FreePage(string Slug, SourceLocation Location, string Title, string Markdown, int BodyLine);
