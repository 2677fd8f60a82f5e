namespace Archive.Reading;

/// <summary>
/// What a speaker label in the text stands for: the person (null when the label does not say who, such as "Frage:"
/// with two interviewers) and whether that side asks.
/// </summary>
internal readonly record struct SpeakerLabel(string? Person, bool Asks);
