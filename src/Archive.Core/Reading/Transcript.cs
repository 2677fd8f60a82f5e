namespace Archive.Reading;

/// <summary>
/// An interview text read into its roles. <see cref="IsConversation"/> is false when no question and answer could be
/// recognised; every paragraph then has the role <see cref="ParagraphRole.Text"/> and the page shows plain paragraphs.
/// </summary>
public sealed record Transcript(SeedFormat Format, IReadOnlyList<TranscriptParagraph> Paragraphs, bool IsConversation);
