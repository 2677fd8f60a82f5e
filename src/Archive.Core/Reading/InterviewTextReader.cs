using Archive.Diagnostics;
using Archive.Loading;

namespace Archive.Reading;

/// <summary>
/// The reading stage for one interview: its seed's bytes from disk, decoded, read into a transcript, with the
/// metadata's paragraph corrections applied. Called once per interview, on whichever thread renders it.
/// </summary>
public static class InterviewTextReader
{
    public static Transcript Read(string root, InterviewSource interview, DiagnosticBag diagnostics)
    {
        var seedLocation = new SourceLocation(interview.SeedPath);
        var text = TextDecoder.Read(root, interview.SeedPath, diagnostics);
        var transcript = TranscriptReader.Read(text, interview.SeedFormat, interview.Cast, [.. interview.Overrides.Select(o => o.Value)]);
        if (transcript.Paragraphs.Count == 0)
        {
            // A seed of zero bytes is refused when the metadata is read; one of blank lines only is found here.
            diagnostics.Error(seedLocation, "the seed has no text, only blank lines");
        }
        else if (!transcript.IsConversation && interview.Overrides.Count == 0)
        {
            diagnostics.Warning(seedLocation,
                "no questions and answers recognised; the text is shown as plain paragraphs (label the speakers, or set roles under 'paragraphs:' in the metadata)");
        }

        foreach (var (label, line, count) in UnknownLabels.Find(transcript))
        {
            diagnostics.Warning(seedLocation with { Line = line },
                $"'{label}:' starts {count} paragraphs but names nobody in the metadata, so they are not attributed by it: check the spelling, add the person as interviewer or interviewee (an outlet as source), or map the label under 'speakers'");
        }

        foreach (var wrong in interview.Overrides.Where(o => o.Value.Paragraph > transcript.Paragraphs.Count))
        {
            diagnostics.Error(wrong.Location, $"paragraph {wrong.Value.Paragraph} does not exist: the seed has {transcript.Paragraphs.Count} paragraphs");
        }

        return transcript;
    }
}
