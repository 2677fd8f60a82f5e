using Archive.Loading;

namespace Archive.Reading;

/// <summary>
/// The speaker labels an interview's text may use, built once per interview from its cast: full names and surnames
/// (any case), the outlet, labels declared under <c>speakers</c>, and the common generic labels. Only these count as
/// labels, so that "Damals: …" stays part of an answer. A label matches its name whether either is written composed or
/// decomposed (<see cref="ComposedText"/>): a seed saved decomposed keeps its speakers.
/// </summary>
internal sealed class SpeakerLabels
{
    private const int LongestLabel = 60;

    /// <summary>The generic labels of the asking side; also what <c>archive new</c> recognises as such.</summary>
    internal static readonly string[] AskingLabels = ["Frage", "F", "F.", "Q", "Q.", "Question", "Interviewer", "Interviewerin", "Redaktion"];

    /// <summary>The generic labels of the answering side.</summary>
    internal static readonly string[] AnsweringLabels = ["Antwort", "A", "A.", "Answer", "Interviewee", "Respondent", "Narrator"];

    private static readonly string[] BoldMarkers = ["**", "__"];

    private readonly Dictionary<string, SpeakerLabel> _labels = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, SpeakerLabel>.AlternateLookup<ReadOnlySpan<char>> _labelsOfSpan;

    public SpeakerLabels(Cast cast)
    {
        var soleInterviewer = cast.Interviewers.Count == 1 ? cast.Interviewers[0] : null;
        var soleInterviewee = cast.Interviewees.Count == 1 ? cast.Interviewees[0] : null;
        foreach (var label in AskingLabels)
        {
            Add(label, new SpeakerLabel(soleInterviewer, Asks: true));
        }

        foreach (var label in AnsweringLabels)
        {
            Add(label, new SpeakerLabel(soleInterviewee, Asks: false));
        }

        if (!string.IsNullOrWhiteSpace(cast.Source))
        {
            Add(cast.Source.Trim(), new SpeakerLabel(soleInterviewer, Asks: true));
        }

        // Surnames first, then full names, so that a full name always wins; a surname two people share is dropped.
        // A handful of people, and every seed read passes here: plain arrays and loops rather than grouping.
        string[] names = [.. cast.Interviewers, .. cast.Interviewees];
        var surnames = Array.ConvertAll(names, name => ComposedText.Of(Surname(name)));
        for (var i = 0; i < names.Length; i++)
        {
            var shared = false;
            for (var j = 0; j < names.Length && !shared; j++)
            {
                shared = j != i && string.Equals(surnames[i], surnames[j], StringComparison.OrdinalIgnoreCase);
            }

            if (!shared)
            {
                Add(surnames[i], new SpeakerLabel(names[i], Asks: i < cast.Interviewers.Count));
            }
        }

        for (var i = 0; i < names.Length; i++)
        {
            Add(names[i].Trim(), new SpeakerLabel(names[i], Asks: i < cast.Interviewers.Count));
        }

        foreach (var (label, name) in cast.Speakers)
        {
            Add(label.Trim(), new SpeakerLabel(name, cast.Interviewers.Contains(name, StringComparer.Ordinal)));
        }

        _labelsOfSpan = _labels.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>A line that is only a label ("ERNST", "Frage:", "**Falko Ernst:**").</summary>
    public bool TryWholeLine(string line, out string label, out SpeakerLabel speaker)
    {
        // Every line of every seed is asked, most of them whole paragraphs: worked out on spans, only a label found
        // becomes a string.
        var candidate = Unbold(Unbold(line.AsSpan().Trim()).TrimEnd(':').TrimEnd());
        label = string.Empty;
        speaker = default;
        if (candidate.Length is 0 or > LongestLabel || !TryFind(candidate, out speaker))
        {
            return false;
        }

        label = candidate.ToString();
        return true;
    }

    /// <summary>
    /// A line that starts with "Label: " and goes on with the text; <paramref name="rest"/> is that text. A timecode
    /// before the label ("[00:01:23] Frage: …") stays with the text, in front of it: it is the seed's, not markup.
    /// </summary>
    public bool TryPrefix(string line, out string label, out SpeakerLabel speaker, out string rest)
    {
        label = string.Empty;
        rest = string.Empty;
        speaker = default;
        var time = TextPatterns.TimecodeLength(line);
        var colon = line.IndexOf(':', time);
        if (colon <= time || colon > time + LongestLabel + 4)
        {
            return false;
        }

        var head = line.AsSpan(time, colon - time);
        var candidate = Unbold(head.Trim());
        var after = line.AsSpan(colon + 1);
        if (head.TrimStart().StartsWith("**", StringComparison.Ordinal) && after.StartsWith("**", StringComparison.Ordinal))
        {
            after = after[2..]; // "**Frage:** text"
        }
        else if (head.TrimStart().StartsWith("__", StringComparison.Ordinal) && after.StartsWith("__", StringComparison.Ordinal))
        {
            after = after[2..];
        }

        if (candidate.Length == 0 || !TryFind(candidate, out speaker) || (after.Length > 0 && !char.IsWhiteSpace(after[0])))
        {
            return false; // "ntv.de:8080" or a time like "10:30" is no label
        }

        label = candidate.ToString();
        rest = time == 0 ? after.Trim().ToString() : string.Concat(line.AsSpan(0, time).Trim(), " ", after.Trim()).TrimEnd();
        return true;
    }

    private void Add(string label, SpeakerLabel speaker) => _labels[ComposedText.Of(label)] = speaker;

    /// <summary>
    /// The speaker of a label as written in the text. A label that is not found as it is may be written decomposed: only
    /// then is it composed, so the lines of a seed saved composed (nearly all, most of them no label) cost nothing more.
    /// </summary>
    private bool TryFind(ReadOnlySpan<char> candidate, out SpeakerLabel speaker) =>
        TryFindAsWritten(candidate, out speaker) ||
        (NameTitles.Strip(candidate) is var name && name.Length < candidate.Length && TryFindAsWritten(name, out speaker));

    private bool TryFindAsWritten(ReadOnlySpan<char> candidate, out SpeakerLabel speaker) =>
        _labelsOfSpan.TryGetValue(candidate, out speaker) ||
        (ComposedText.OrNull(candidate) is { } composed && _labels.TryGetValue(composed, out speaker));

    private static string Surname(string name)
    {
        var trimmed = name.Trim();
        var cut = trimmed.LastIndexOf(' ');
        return cut < 0 ? trimmed : trimmed[(cut + 1)..];
    }

    private static ReadOnlySpan<char> Unbold(ReadOnlySpan<char> text)
    {
        foreach (var marker in BoldMarkers)
        {
            if (text.Length > 4 && text.StartsWith(marker, StringComparison.Ordinal) && text.EndsWith(marker, StringComparison.Ordinal))
            {
                return text[2..^2].Trim();
            }

            if (text.StartsWith(marker, StringComparison.Ordinal) && !text[2..].Contains(marker, StringComparison.Ordinal))
            {
                return text[2..].Trim(); // "**Frage" of "**Frage:** text"
            }
        }

        return text;
    }
}
