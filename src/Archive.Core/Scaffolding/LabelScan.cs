using System.Text.RegularExpressions;
using Archive.Reading;

namespace Archive.Scaffolding;

/// <summary>
/// Finds the speaker labels of a text whose cast is not known yet, the way the reader would see them once it is:
/// "Label: text" at the start of a line, or a label alone on its line before the text. A label counts when it is a
/// generic one (Frage, Q, …), an outlet ("ntv.de"), something that looks like a name, or initials; which of these
/// really are speakers is for the <see cref="CastDetector"/> to decide.
/// </summary>
internal static partial class LabelScan
{
    private const int LongestLabel = 60;

    private static readonly string[] BoldMarkers = ["**", "__"];

    /// <summary>The labels in order of first use, and the paragraphs that are questions (for a form of address such as "Frau Muster, …").</summary>
    public static (List<LabelUse> Labels, List<string> Questions) Scan(IReadOnlyList<string> paragraphs)
    {
        var uses = new List<(string Label, LabelKind Kind, string Text, bool OwnLine)>();
        var questions = new List<string>();
        (string Label, LabelKind Kind)? pending = null;
        foreach (var paragraph in paragraphs)
        {
            var pieces = Pieces(paragraph);
            if (pending is { } carried && pieces.Count > 0 && pieces[0].Label is null)
            {
                // "ERNST" alone in its paragraph: the text it labels follows after the blank line.
                uses.Add((carried.Label, carried.Kind, pieces[0].Text, true));
                pieces.RemoveAt(0);
            }

            pending = null;
            for (var i = 0; i < pieces.Count; i++)
            {
                var (label, kind, text, ownLine) = pieces[i];
                if (label is null)
                {
                    AddQuestion(text);
                }
                else if (text.Length == 0 && i == pieces.Count - 1)
                {
                    pending = (label, kind);
                }
                else
                {
                    uses.Add((label, kind, text, ownLine));
                    AddQuestion(text);
                }
            }
        }

        var labels = uses
            .GroupBy(u => u.Label, StringComparer.OrdinalIgnoreCase)
            .Select(g => new LabelUse(g.First().Label, g.First().Kind, g.Count(), g.Count(u => TextPatterns.EndsAsQuestion(u.Text)), g.Any(u => u.OwnLine)))
            .ToList();
        return (labels, questions);

        void AddQuestion(string text)
        {
            if (TextPatterns.EndsAsQuestion(text))
            {
                questions.Add(text);
            }
        }
    }

    /// <summary>What a label is, or null when it is none: "Damals:" or "10:30" start many an answer.</summary>
    public static LabelKind? Classify(string label)
    {
        if (SpeakerLabels.AskingLabels.Contains(label, StringComparer.OrdinalIgnoreCase))
        {
            return LabelKind.Asking;
        }

        if (SpeakerLabels.AnsweringLabels.Contains(label, StringComparer.OrdinalIgnoreCase))
        {
            return LabelKind.Answering;
        }

        if (Domain().IsMatch(label) || KnownOutlets.Contains(label))
        {
            return LabelKind.Outlet;
        }

        if (Initials().IsMatch(label))
        {
            return LabelKind.Initials;
        }

        return NameForms.LooksLikeName(label) ? LabelKind.Name : null;
    }

    /// <summary>A paragraph's lines grouped at each label: the first group may have none.</summary>
    private static List<(string? Label, LabelKind Kind, string Text, bool OwnLine)> Pieces(string paragraph)
    {
        var pieces = new List<(string? Label, LabelKind Kind, string Text, bool OwnLine)>();
        string? label = null;
        var kind = LabelKind.Name;
        var ownLine = false;
        var text = new List<string>();
        var lines = paragraph.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            if (TryOwnLine(line, out var whole, out var wholeKind))
            {
                Close();
                (label, kind, ownLine) = (whole, wholeKind, true);
            }
            else if (TryPrefix(line, out var prefix, out var prefixKind, out var rest))
            {
                Close();
                (label, kind, ownLine) = (prefix, prefixKind, false);
                if (rest.Length > 0)
                {
                    text.Add(rest);
                }
            }
            else
            {
                text.Add(line);
            }
        }

        Close();
        return pieces;

        void Close()
        {
            if (label is not null || text.Count > 0)
            {
                pieces.Add((label, kind, string.Join('\n', text), ownLine));
            }

            (label, ownLine) = (null, false);
            text.Clear();
        }
    }

    /// <summary>"ERNST", "Frage:" or "**Falko Ernst:**" alone on a line. A name in mixed case alone on a line is more likely a heading.</summary>
    private static bool TryOwnLine(string line, out string label, out LabelKind kind)
    {
        var trimmed = Unbold(line.Trim());
        var withColon = trimmed.EndsWith(':');
        label = NameTitles.Strip(Unbold(trimmed.TrimEnd(':').TrimEnd())).ToString();
        kind = default;
        if (label.Length is 0 or > LongestLabel || label.Contains(':', StringComparison.Ordinal) || Classify(label) is not { } found)
        {
            return false;
        }

        kind = found;
        return withColon || kind != LabelKind.Name || label.Where(char.IsLetter).All(char.IsUpper);
    }

    /// <summary>"Label: text" — a colon that a space or the line's end follows, so that "ntv.de:8080" and "10:30" are no label.</summary>
    private static bool TryPrefix(string line, out string label, out LabelKind kind, out string rest)
    {
        (label, kind, rest) = (string.Empty, default, string.Empty);
        var time = TextPatterns.TimecodeLength(line); // "[00:01:23] Frage: …", as the reader takes it
        var colon = line.IndexOf(':', time);
        if (colon <= time || colon > time + LongestLabel + 4)
        {
            return false;
        }

        var before = line[time..colon].Trim();
        var after = line[(colon + 1)..];
        foreach (var marker in BoldMarkers)
        {
            if (before.StartsWith(marker, StringComparison.Ordinal) && after.StartsWith(marker, StringComparison.Ordinal))
            {
                after = after[marker.Length..]; // "**Frage:** text"
            }
        }

        label = NameTitles.Strip(Unbold(before)).ToString(); // "Prof. Dr. Ola Muster" is Ola Muster
        if (label.Length == 0 || (after.Length > 0 && !char.IsWhiteSpace(after[0])) || Classify(label) is not { } found)
        {
            return false;
        }

        (kind, rest) = (found, after.Trim());
        return true;
    }

    private static string Unbold(string text)
    {
        foreach (var marker in BoldMarkers)
        {
            if (text.Length > 4 && text.StartsWith(marker, StringComparison.Ordinal) && text.EndsWith(marker, StringComparison.Ordinal))
            {
                return text[2..^2].Trim();
            }

            if (text.StartsWith(marker, StringComparison.Ordinal))
            {
                return text[2..].Trim();
            }
        }

        return text;
    }

    [GeneratedRegex(@"^[\p{L}\d-]+(\.[\p{L}\d-]+)*\.[a-z]{2,}$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    private static partial Regex Domain();

    [GeneratedRegex(@"^\p{Lu}{2,3}$", RegexOptions.CultureInvariant)]
    private static partial Regex Initials();
}
