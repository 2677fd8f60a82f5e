using System.Text;

namespace Archive.Scaffolding;

/// <summary>
/// Writes a draft as <c>content/interviews/&lt;slug&gt;.yml</c>: every value quoted where YAML needs it, and a
/// "# TODO:" comment on each line the editor must still look at. A value the text does not give is left empty, so
/// that <c>archive check</c> refuses the file until it is filled.
/// </summary>
public static class DraftYamlWriter
{
    public const string ToDoMarker = "# TODO:";

    public static string Write(InterviewDraft draft)
    {
        var yaml = new StringBuilder();
        yaml.Append("# Drafted by 'archive new' from the text: check each value against it, fill in each ").Append(ToDoMarker)
            .Append("\n# and remove its comment, then run 'archive check'.\n");
        Line(yaml, "seed", YamlScalar.Write(draft.Seed), null);
        Line(yaml, "title", draft.Title.Value is null ? null : YamlScalar.Write(draft.Title.Value), draft.Title.ToDo);
        Line(yaml, "date", draft.Date.Value, draft.Date.ToDo);
        Line(yaml, "interviewer", Names(draft.Interviewers.Value), draft.Interviewers.ToDo);
        Line(yaml, "interviewee", Names(draft.Interviewees.Value), draft.Interviewees.ToDo);
        if (draft.Source.Value is not null)
        {
            Line(yaml, "source", YamlScalar.Write(draft.Source.Value), draft.Source.ToDo);
        }

        Line(yaml, "language", YamlScalar.Write(draft.Language.Value), draft.Language.ToDo);
        if (draft.Speakers.Value.Count > 0 || draft.Speakers.ToDo is not null)
        {
            var pairs = draft.Speakers.Value.Select(s => $"{YamlScalar.Write(s.Key)}: {YamlScalar.Write(s.Value)}");
            Line(yaml, "speakers", draft.Speakers.Value.Count == 0 ? "{}" : $"{{ {string.Join(", ", pairs)} }}", draft.Speakers.ToDo);
        }

        Line(yaml, "topics", $"[{string.Join(", ", draft.Topics.Value.Select(YamlScalar.Write))}]", draft.Topics.ToDo);
        return yaml.ToString();
    }

    /// <summary>One name as a plain value, several as a list; none as nothing, which check reports as empty.</summary>
    private static string? Names(IReadOnlyList<string> names) =>
        names.Count switch
        {
            0 => null,
            1 => YamlScalar.Write(names[0]),
            _ => $"[{string.Join(", ", names.Select(YamlScalar.Write))}]",
        };

    private static void Line(StringBuilder yaml, string key, string? value, string? toDo)
    {
        yaml.Append(key).Append(':');
        if (value is not null)
        {
            yaml.Append(' ').Append(value);
        }

        if (toDo is not null)
        {
            yaml.Append("   ").Append(ToDoMarker).Append(' ').Append(toDo.ReplaceLineEndings(" "));
        }

        yaml.Append('\n');
    }
}
