namespace Archive.Rendering.Views;

/// <summary>A named link for templates; <see cref="Url"/> is relative to the site root (templates put <c>root</c> before it).</summary>
public sealed record LinkView(string Name, string Slug, string Url);
