namespace Archive.Scaffolding;

/// <summary>
/// A value found in a new interview's text, with how it was found (so the editor can judge it) and, when the editor
/// must still act on it, what to do. A value the text does not give is empty and always has a <see cref="ToDo"/>.
/// </summary>
public sealed record Detected<T>(T Value, string How, string? ToDo = null);
