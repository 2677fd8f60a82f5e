using System.Text.RegularExpressions;

namespace Archive.Scaffolding;

/// <summary>
/// Finds who asks and who answers in a new text: the byline names both sides or the asking one; speaker labels add
/// the people they name, a surname resolved to the full name the text writes elsewhere ("ERNST" → "Falko Ernst"); an
/// outlet label ("ntv.de:") gives the source. Which side a labelled person is on follows the byline, then the generic
/// labels (beside "Frage:" a name answers), then whether that person's paragraphs are mostly questions.
/// </summary>
internal static partial class CastDetector
{
    public static DetectedCast Detect(string text, IReadOnlyList<string> bylines, IReadOnlyList<string> conversation)
    {
        var interviewers = new List<DetectedName>();
        var interviewees = new List<DetectedName>();
        foreach (var byline in bylines)
        {
            var (asking, answering) = BylineNames.Parse(byline);
            Add(interviewers, asking.Select(n => new DetectedName(n, $"the byline '{byline.Trim()}'")));
            Add(interviewees, answering.Select(n => new DetectedName(n, $"the byline '{byline.Trim()}'")));
        }

        var (labels, questions) = LabelScan.Scan(conversation);
        var source = labels.FirstOrDefault(l => l.Kind == LabelKind.Outlet)?.Label;
        var side = new SideRule(
            BylineAsks: interviewers.Count > 0,
            BylineAnswers: interviewees.Count > 0,
            GenericAsks: source is not null || labels.Exists(l => l.Kind == LabelKind.Asking),
            GenericAnswers: labels.Exists(l => l.Kind == LabelKind.Answering));

        // Full names first, so that a surname label finds the full name another label gives.
        foreach (var label in labels.Where(l => l.Kind == LabelKind.Name).OrderBy(l => l.Label.Contains(' ', StringComparison.Ordinal) ? 0 : 1))
        {
            if (Known(interviewers, interviewees, label.Label) is not null || !IsSpeaker(label))
            {
                continue;
            }

            var how = label.OnOwnLine ? $"the label '{label.Label}' on its own line" : $"the label '{label.Label}:'";
            var name = NameOf(label.Label, text, interviewers.Concat(interviewees));
            Add(side.Asks(label) ? interviewers : interviewees, [new DetectedName(name, how)]);
        }

        if (interviewees.Count == 0 && AddressedSurname(questions) is { } addressed)
        {
            var name = NameOf(addressed.Surname, text, interviewers);
            Add(interviewees, [new DetectedName(name, $"the form of address '{addressed.Words}' in the questions")]);
        }

        var (speakers, toDo) = Initials(labels.Where(l => l.Kind == LabelKind.Initials && l.Count > 1), interviewers, interviewees);
        return new DetectedCast(interviewers, interviewees, source, speakers, toDo);
    }

    /// <summary>
    /// A single word such as "Damals:" may start an answer by chance: as a label it counts when it is used twice (a
    /// surname of someone already found counts at once). A name of two or more words counts at once.
    /// </summary>
    private static bool IsSpeaker(LabelUse label) => label.Label.Contains(' ', StringComparison.Ordinal) || label.Count > 1;

    /// <summary>
    /// Initials used as labels ("BP:") stand for the person whose initials they are. Others are given to the only
    /// interviewer or interviewee when their paragraphs are questions or answers, for the editor to check.
    /// </summary>
    private static (Dictionary<string, string> Speakers, string? ToDo) Initials(
        IEnumerable<LabelUse> labels, List<DetectedName> interviewers, List<DetectedName> interviewees)
    {
        var speakers = new Dictionary<string, string>(StringComparer.Ordinal);
        var notes = new List<string>();
        foreach (var label in labels)
        {
            var people = interviewers.Concat(interviewees).Where(p => NameForms.Initials(p.Name).Equals(label.Label, StringComparison.OrdinalIgnoreCase)).ToList();
            var asks = label.Questions * 2 > label.Count;
            var side = asks ? interviewers : interviewees;
            if (people.Count == 1)
            {
                speakers[label.Label] = people[0].Name;
            }
            else if (side.Count == 1)
            {
                speakers[label.Label] = side[0].Name;
                notes.Add($"'{label.Label}: {side[0].Name}' is a guess, as its paragraphs are mostly {(asks ? "questions" : "answers")}");
            }
            else
            {
                notes.Add($"the label '{label.Label}:' names nobody the text introduces; add '{label.Label}: Full Name'");
            }
        }

        return (speakers, notes.Count == 0 ? null : "check: " + string.Join("; ", notes));
    }

    /// <summary>A label's full name: a listed person's, or as the text writes it elsewhere, or the label itself, properly capitalised.</summary>
    private static string NameOf(string label, string text, IEnumerable<DetectedName> listed)
    {
        if (label.Contains(' ', StringComparison.Ordinal))
        {
            return NameForms.ProperCase(label, text);
        }

        return listed.FirstOrDefault(p => NameForms.Surname(p.Name).Equals(label, StringComparison.OrdinalIgnoreCase) && !p.IsSurnameOnly)?.Name
            ?? NameForms.FullNameFor(label, text)
            ?? NameForms.ProperCase(label, text);
    }

    /// <summary>The person a label names among those already found: by full name or by surname.</summary>
    private static DetectedName? Known(List<DetectedName> interviewers, List<DetectedName> interviewees, string label) =>
        interviewers.Concat(interviewees).FirstOrDefault(p =>
            p.Name.Equals(label, StringComparison.OrdinalIgnoreCase) || NameForms.Surname(p.Name).Equals(label, StringComparison.OrdinalIgnoreCase));

    private static void Add(List<DetectedName> into, IEnumerable<DetectedName> names)
    {
        foreach (var name in names)
        {
            if (!into.Exists(p => p.Name.Equals(name.Name, StringComparison.OrdinalIgnoreCase)))
            {
                into.Add(name);
            }
        }
    }

    /// <summary>The surname most questions open with: "Frau Muster, …", "Mr Probe, …".</summary>
    private static (string Surname, string Words)? AddressedSurname(IEnumerable<string> questions) =>
        questions.Select(q => Address().Match(q.TrimStart()))
            .Where(m => m.Success)
            .GroupBy(m => m.Groups["surname"].Value, StringComparer.Ordinal)
            .OrderByDescending(g => g.Count())
            .Select(g => ((string Surname, string Words)?)(g.Key, g.First().Value))
            .FirstOrDefault();

    [GeneratedRegex(@"^(Frau|Herr|Mr|Mrs|Ms|Miss|Dr|Professor|Professorin)\.?( Dr\.| Prof\.)? (?<surname>\p{Lu}[\p{L}'’-]+),", RegexOptions.CultureInvariant)]
    private static partial Regex Address();

    /// <summary>Which side a labelled person is on, when the byline does not name them.</summary>
    private sealed record SideRule(bool BylineAsks, bool BylineAnswers, bool GenericAsks, bool GenericAnswers)
    {
        public bool Asks(LabelUse label) =>
            (BylineAsks, BylineAnswers, GenericAsks, GenericAnswers) switch
            {
                (true, false, _, _) => false, // the byline named who asked: anyone else answers
                (false, true, _, _) => true,
                (_, _, true, false) => false, // "Frage:" or "ntv.de:" asks, so a name answers
                (_, _, false, true) => true,
                _ => label.Questions * 2 > label.Count,
            };
    }
}
