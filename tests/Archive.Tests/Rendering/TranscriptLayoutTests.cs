using Archive.Reading;
using Archive.Rendering;
using Archive.Rendering.Views;

namespace Archive.Tests.Rendering;

public class TranscriptLayoutTests
{
    private static TranscriptParagraph P(int n, ParagraphRole role, string? speaker, string text, string? label = null) =>
        new(n, n, role, label, speaker, text);

    private static LinkView? Link(string name) => name == "Ola Muster"
        ? new LinkView(name, "ola-muster", "people/ola-muster/index.html")
        : new LinkView(name, Archive.Modeling.Slug.From(name), string.Empty);

    [Fact]
    public void Consecutive_paragraphs_of_one_speaker_form_one_answer_and_questions_get_anchors()
    {
        var transcript = new Transcript(SeedFormat.PlainText,
        [
            P(1, ParagraphRole.Lead, null, "Vorspann"),
            P(2, ParagraphRole.Question, "Jana Beispiel", "Wie?", "Frage"),
            P(3, ParagraphRole.Answer, "Ola Muster", "Erstens."),
            P(4, ParagraphRole.Answer, "Ola Muster", "Zweitens."),
            P(5, ParagraphRole.Aside, null, "Bild (Foto: X)"),
            P(6, ParagraphRole.Question, "Jana Beispiel", "Und?"),
            P(7, ParagraphRole.Answer, "Ola Muster", "Drittens & <so>."),
            P(8, ParagraphRole.Byline, null, "Mit Ola Muster sprach Jana Beispiel"),
        ], IsConversation: true);

        var layout = TranscriptLayout.Lay(transcript, Link);

        Assert.Equal(["<p>Vorspann</p>"], layout.Lead);
        Assert.Equal(["question", "answer", "aside", "question", "answer", "byline"], layout.Blocks.Select(b => b.Kind));
        Assert.Equal(["q1", "q2"], layout.Questions.Select(q => q.Anchor));
        Assert.Equal(["Wie?", "Und?"], layout.Questions.Select(q => q.Text));
        var firstAnswer = layout.Blocks[1];
        Assert.Equal(["<p>Erstens.</p>", "<p>Zweitens.</p>"], firstAnswer.ParagraphsHtml);
        Assert.Equal(("ola-muster", "people/ola-muster/index.html"), (firstAnswer.SpeakerSlug, firstAnswer.SpeakerUrl));
        Assert.Equal(("jana-beispiel", null), (layout.Blocks[0].SpeakerSlug, layout.Blocks[0].SpeakerUrl));
        Assert.Equal("<p>Drittens &amp; &lt;so&gt;.</p>", layout.Blocks[4].ParagraphsHtml[0]);
    }

    [Fact]
    public void A_timecode_that_starts_a_paragraph_is_set_apart_in_the_text_and_left_out_of_the_list_of_questions()
    {
        var transcript = new Transcript(SeedFormat.PlainText,
        [
            P(1, ParagraphRole.Question, "Jana Beispiel", "[00:01:23] Wo <genau>?", "Interviewer"),
            P(2, ParagraphRole.Answer, "Ola Muster", "00:01:30 In Kiel.", "Muster"),
            P(3, ParagraphRole.Answer, "Ola Muster", "(00:02:00) Das Band endet."),
            P(4, ParagraphRole.Answer, "Ola Muster", "10:30 Uhr: Wir kamen an."),
        ], IsConversation: true);

        var layout = TranscriptLayout.Lay(transcript, Link);

        Assert.Equal("<p><span class=\"timecode\">[00:01:23]</span> Wo &lt;genau&gt;?</p>", layout.Blocks[0].ParagraphsHtml[0]);
        Assert.Equal("Wo <genau>?", Assert.Single(layout.Questions).Text); // the list of questions leaves it out
        Assert.Equal(
            ["<p><span class=\"timecode\">00:01:30</span> In Kiel.</p>", "<p><span class=\"timecode\">(00:02:00)</span> Das Band endet.</p>", "<p>10:30 Uhr: Wir kamen an.</p>"],
            layout.Blocks[1].ParagraphsHtml);
    }

    [Fact]
    public void Different_speakers_in_a_row_are_separate_answers()
    {
        var transcript = new Transcript(SeedFormat.PlainText,
        [
            P(1, ParagraphRole.Question, null, "Wer?"),
            P(2, ParagraphRole.Answer, "Ola Muster", "Ich."),
            P(3, ParagraphRole.Answer, "Ben Probe", "Ich auch."),
        ], IsConversation: true);

        var layout = TranscriptLayout.Lay(transcript, Link);

        Assert.Equal(["ola-muster", "ben-probe"], layout.Blocks.Where(b => b.Kind == "answer").Select(b => b.SpeakerSlug));
        Assert.Null(layout.Blocks[0].SpeakerSlug);
    }

    [Fact]
    public void Markdown_paragraphs_render_through_markdig_and_list_questions_as_plain_text()
    {
        var transcript = new Transcript(SeedFormat.Markdown,
        [
            P(1, ParagraphRole.Question, null, "Was ist *wichtig*?"),
            P(2, ParagraphRole.Answer, null, "Das [hier](https://example.org/)."),
        ], IsConversation: true);

        var layout = TranscriptLayout.Lay(transcript, Link);

        Assert.Equal("Was ist wichtig?", layout.Questions[0].Text);
        Assert.Equal("<p>Das <a href=\"https://example.org/\">hier</a>.</p>", layout.Blocks[1].ParagraphsHtml[0]);
    }
}
