namespace Archive.Rendering.Views;

/// <summary>An entry of an interview's list of questions: the anchor and the question's plain text.</summary>
public sealed record QuestionLinkView(string Anchor, int Number, string Text);
