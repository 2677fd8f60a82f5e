namespace Archive.Reading;

/// <summary>
/// Reads an interview text into the conversation it is: lead, questions and answers with their speakers, asides and
/// byline. No paragraph is lost, duplicated or reworded: a speaker label moves from the text into the paragraph's
/// <see cref="TranscriptParagraph.Label"/>, and everything else stays as written. Static and thread-safe.
/// </summary>
public static class TranscriptReader
{
    /// <summary>A paragraph with its speaker label split off, as found in the seed.</summary>
    private static readonly string[] BoldMarkers = ["**", "__"];

    private readonly record struct Segment(int Line, string Text, string? Label, SpeakerLabel Speaker);

    public static Transcript Read(string text, SeedFormat format, Cast cast, IReadOnlyList<RoleOverride> overrides)
    {
        var normalized = text.TrimStart('\uFEFF').ReplaceLineEndings("\n");
        var blocks = format == SeedFormat.Markdown ? MarkdownParagraphs.Split(normalized) : ParagraphSplitter.Split(normalized);
        var labels = new SpeakerLabels(cast);
        var segments = Segments(blocks, labels);
        var corrections = overrides.GroupBy(o => o.Paragraph).ToDictionary(g => g.Key, g => g.Last());
        var paragraphs = Roles(segments, format, cast, corrections);
        return new Transcript(format, paragraphs, paragraphs.Exists(p => p.Role is ParagraphRole.Question or ParagraphRole.Answer));
    }

    /// <summary>
    /// Splits blocks at speaker labels: a "Label: text" line or a label alone on its line starts a new paragraph, even
    /// inside a block with single line breaks. A block that is only a label ("ERNST") gives its label to the next
    /// paragraph; a label that no text follows stays in the text as written, so that nothing is ever lost.
    /// </summary>
    private static List<Segment> Segments(List<SeedBlock> blocks, SpeakerLabels labels)
    {
        var segments = new List<Segment>(blocks.Count);
        Piece? pending = null;
        foreach (var block in blocks)
        {
            var pieces = Pieces(block, labels);
            for (var p = 0; p < pieces.Count; p++)
            {
                var piece = pieces[p];
                if (pending is { } carried)
                {
                    pending = null;
                    if (p == 0 && piece.Label is null && piece.Text.Count > 0)
                    {
                        piece = piece with { Label = carried.Label, Speaker = carried.Speaker };
                    }
                    else
                    {
                        segments.Add(AsWritten(carried));
                    }
                }

                if (piece.Text.Count > 0)
                {
                    segments.Add(new Segment(piece.Line, string.Join('\n', piece.Text), piece.Label, piece.Speaker));
                }
                else if (pieces.Count == 1)
                {
                    pending = piece; // "ERNST" alone in its block: the answer follows after a blank line
                }
                else
                {
                    segments.Add(AsWritten(piece)); // "FRAGE" straight before another label: keep the line
                }
            }
        }

        if (pending is { } unanswered)
        {
            segments.Add(AsWritten(unanswered));
        }

        return segments;
    }

    /// <summary>A block's lines grouped at each label line; the first piece may have no label.</summary>
    private static List<Piece> Pieces(SeedBlock block, SpeakerLabels labels)
    {
        var lines = block.Text.Split('\n');
        var pieces = new List<Piece>();
        var current = new Piece(block.Line, null, default, string.Empty, []);
        for (var i = 0; i < lines.Length; i++)
        {
            if (labels.TryWholeLine(lines[i], out var whole, out var wholeSpeaker))
            {
                Close();
                current = new Piece(block.Line + i, whole, wholeSpeaker, lines[i], []);
            }
            else if (labels.TryPrefix(lines[i], out var prefix, out var prefixSpeaker, out var rest))
            {
                Close();
                current = new Piece(block.Line + i, prefix, prefixSpeaker, lines[i], rest.Length > 0 ? [rest] : []);
            }
            else
            {
                current.Text.Add(lines[i]);
            }
        }

        Close();
        return pieces;

        void Close()
        {
            if (current.Label is not null || current.Text.Count > 0)
            {
                pieces.Add(current);
            }
        }
    }

    private static Segment AsWritten(Piece piece) => new(piece.Line, piece.LabelLine, null, default);

    /// <summary>Lines of a block from one label line to the next.</summary>
    private sealed record Piece(int Line, string? Label, SpeakerLabel Speaker, string LabelLine, List<string> Text);

    /// <summary>
    /// Gives each paragraph its role and speaker, in order, following who asked and who answered last. An editor's
    /// correction takes the paragraph's place in that order, so the paragraphs after it follow the corrected role.
    /// </summary>
    private static List<TranscriptParagraph> Roles(List<Segment> segments, SeedFormat format, Cast cast, Dictionary<int, RoleOverride> corrections)
    {
        var bylines = BylineCount(segments);
        var start = ConversationStart(segments, format, bylines);
        var soleInterviewer = cast.Interviewers.Count == 1 ? cast.Interviewers[0] : null;
        var firstInterviewee = cast.Interviewees.Count > 0 ? cast.Interviewees[0] : null;
        string? asker = soleInterviewer;
        string? answerer = firstInterviewee;
        var paragraphs = new List<TranscriptParagraph>(segments.Count);
        for (var i = 0; i < segments.Count; i++)
        {
            var segment = segments[i];
            var text = segment.Text;
            var role = ParagraphRole.Text;
            string? speaker = null;
            if (corrections.TryGetValue(i + 1, out var correction))
            {
                role = correction.Role;
                speaker = correction.Speaker ?? role switch
                {
                    ParagraphRole.Question => segment.Label is null || !segment.Speaker.Asks ? asker : segment.Speaker.Person,
                    ParagraphRole.Answer => segment.Label is null || segment.Speaker.Asks ? answerer : segment.Speaker.Person,
                    _ => null,
                };
            }
            else if (i >= segments.Count - bylines)
            {
                role = ParagraphRole.Byline;
            }
            else if (segment.Label is null && TextPatterns.IsAside(text))
            {
                role = ParagraphRole.Aside;
            }
            else if (start is null)
            {
                role = ParagraphRole.Text;
            }
            else if (i < start)
            {
                role = ParagraphRole.Lead;
            }
            else if (segment.Label is not null)
            {
                role = segment.Speaker.Asks ? ParagraphRole.Question : ParagraphRole.Answer;
                speaker = segment.Speaker.Person;
            }
            else if (format == SeedFormat.Markdown && WhollyBold(text) is { } inner)
            {
                (role, speaker, text) = (ParagraphRole.Question, asker, inner);
            }
            else if (TextPatterns.EndsAsQuestion(text))
            {
                (role, speaker) = (ParagraphRole.Question, asker);
            }
            else
            {
                // Any other paragraph continues the current answer, or answers the question just asked.
                (role, speaker) = (ParagraphRole.Answer, answerer);
            }

            if (role == ParagraphRole.Question)
            {
                // After "Frage:" with several interviewers the text does not say who asks, so neither do the next questions.
                asker = segment.Label is not null || correction is not null ? speaker : asker;
            }
            else if (role == ParagraphRole.Answer)
            {
                answerer = segment.Label is not null || correction is not null ? speaker : answerer;
            }

            paragraphs.Add(new TranscriptParagraph(i + 1, segment.Line, role, segment.Label, speaker, text));
        }

        return paragraphs;
    }

    /// <summary>How many of the last paragraphs (at most two) are a byline.</summary>
    private static int BylineCount(List<Segment> segments)
    {
        var count = 0;
        for (var i = segments.Count - 1; i >= 0 && count < 2; i--, count++)
        {
            if (segments[i].Label is not null || !TextPatterns.IsByline(segments[i].Text))
            {
                break;
            }
        }

        return count;
    }

    /// <summary>
    /// The conversation starts at the first labelled paragraph (or, in Markdown, the first wholly bold one). Without
    /// any, at the first paragraph ending in '?' that an answer follows; without that, there is no conversation.
    /// </summary>
    private static int? ConversationStart(List<Segment> segments, SeedFormat format, int bylines)
    {
        var body = segments.Count - bylines;
        var marked = segments.FindIndex(0, body, s => s.Label is not null || (format == SeedFormat.Markdown && WhollyBold(s.Text) is not null));
        if (marked >= 0)
        {
            return marked;
        }

        bool IsQuestion(int i) => TextPatterns.EndsAsQuestion(segments[i].Text);
        for (var i = 0; i + 1 < body; i++)
        {
            if (IsQuestion(i) && !IsQuestion(i + 1) && !TextPatterns.IsAside(segments[i + 1].Text))
            {
                return i;
            }
        }

        return null;
    }

    /// <summary>The inner text of a Markdown paragraph that is wholly bold, or null.</summary>
    private static string? WhollyBold(string text)
    {
        foreach (var marker in BoldMarkers)
        {
            if (text.Length > 4 && text.StartsWith(marker, StringComparison.Ordinal) && text.EndsWith(marker, StringComparison.Ordinal) &&
                !text[2..^2].Contains(marker, StringComparison.Ordinal))
            {
                return text[2..^2].Trim();
            }
        }

        return null;
    }

}
