namespace Archive.Rendering.Views;

/// <summary>A topic for templates; <see cref="DescriptionHtml"/> is already safe HTML rendered from Markdown.</summary>
public sealed record TopicView(string Name, string Slug, string Url, int Count, string? DescriptionHtml);
