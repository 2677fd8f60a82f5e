namespace Archive.Reading;

/// <summary>What a paragraph of an interview text is. <see cref="Text"/> is used when no conversation could be recognised.</summary>
public enum ParagraphRole
{
    Lead,
    Question,
    Answer,
    Aside,
    Byline,
    Text,
}
