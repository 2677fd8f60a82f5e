using Archive.Scaffolding;

namespace Archive.Cli.Commands;

/// <summary>What <c>archive new</c> prints: what it wrote, what it found in the text and how, and what the editor must still do.</summary>
internal static class DraftReport
{
    public static void Print(NewInterviewResult result, bool slugGiven, TextWriter output)
    {
        var draft = result.Draft!;
        output.WriteLine($"Added {result.SeedPath} and {result.MetadataPath}.");
        output.WriteLine();
        output.WriteLine("Found in the text:");
        Row(output, "interviewer", draft.Interviewers.Value.Count == 0 ? null : string.Join(", ", draft.Interviewers.Value), draft.Interviewers.How);
        Row(output, "interviewee", draft.Interviewees.Value.Count == 0 ? null : string.Join(", ", draft.Interviewees.Value), draft.Interviewees.How);
        Row(output, "source", draft.Source.Value, draft.Source.How);
        Row(output, "language", draft.Language.Value, draft.Language.How);
        if (draft.Speakers.Value.Count > 0)
        {
            Row(output, "speakers", string.Join(", ", draft.Speakers.Value.Select(s => $"{s.Key}: {s.Value}")), draft.Speakers.How);
        }

        Row(output, "title", draft.Title.Value, draft.Title.How);
        Row(output, "address", draft.Slug, slugGiven ? "as given with --slug" : "the interviewee's name and words of the title");
        Row(output, "reading", $"{draft.Questions} questions, {draft.Answers} answers", "how the text reads with these names");
        foreach (var note in result.Notes)
        {
            output.WriteLine($"note: {note}");
        }

        output.WriteLine();
        output.WriteLine($"Still to do in {result.MetadataPath} (each marked '{DraftYamlWriter.ToDoMarker}'):");
        foreach (var (key, toDo) in draft.ToDos)
        {
            output.WriteLine($"  {key}: {toDo}");
        }

        output.WriteLine("Then run 'archive check', and 'archive inspect " + draft.Slug + "' to see how each paragraph was read.");
    }

    private static void Row(TextWriter output, string key, string? value, string how) =>
        output.WriteLine($"  {key,-12} {value ?? "-",-40} ({how})");
}
