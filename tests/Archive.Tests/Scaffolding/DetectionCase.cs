using System.Text;
using Archive.Scaffolding;
using Archive.Tests.Support;

namespace Archive.Tests.Scaffolding;

/// <summary>
/// A detection case: <c>Cases/Scaffolding/&lt;name&gt;.txt</c>, a new interview's text, and <c>&lt;name&gt;.expected</c>,
/// what <c>archive new</c> should find in it: interviewer, interviewee, source, language and speakers, one per line
/// (names separated by '; ', speakers as LABEL=Name, '-' for none).
/// </summary>
internal static class DetectionCase
{
    private static string Folder => Path.Combine(Repository.Root, "tests", "Archive.Tests", "Cases", "Scaffolding");

    public static IEnumerable<string> Names() =>
        Directory.EnumerateFiles(Folder, "*.expected").Select(Path.GetFileNameWithoutExtension).Order(StringComparer.Ordinal)!;

    public static string Text(string name) => File.ReadAllText(Path.Combine(Folder, name + ".txt"));

    public static string Expected(string name) => File.ReadAllText(Path.Combine(Folder, name + ".expected"));

    public static string Describe(InterviewDraft draft)
    {
        static string List(IEnumerable<string> items) => items.Any() ? string.Join("; ", items) : "-";
        return new StringBuilder()
            .Append("interviewer: ").Append(List(draft.Interviewers.Value)).Append('\n')
            .Append("interviewee: ").Append(List(draft.Interviewees.Value)).Append('\n')
            .Append("source: ").Append(draft.Source.Value ?? "-").Append('\n')
            .Append("language: ").Append(draft.Language.Value).Append('\n')
            .Append("speakers: ").Append(List(draft.Speakers.Value.OrderBy(s => s.Key, StringComparer.Ordinal).Select(s => $"{s.Key}={s.Value}"))).Append('\n')
            .ToString();
    }
}
