using System.Text;
using Archive.Modeling;
using Archive.Publishing;
using Archive.Tests.Support;
using Archive.Writing;

namespace Archive.Tests.Publishing;

public class OpenDataInOrderTests
{
    /// <summary>An archive of three interviews, newest first: "drei", "zwei", "eins".</summary>
    private static IReadOnlyList<InterviewEntry> ThreeInterviews()
    {
        using var archive = new TempArchive();
        return archive.AddInterview("drei", date: "2022").AddInterview("zwei", date: "2021").AddInterview("eins", date: "2020").Model().Interviews;
    }

    [Fact]
    public void Documents_that_come_out_of_order_are_written_in_archive_order_where_the_places_say()
    {
        var interviews = ThreeInterviews();
        var sink = new OneFileSink();
        using var documents = new OpenDataInOrder(sink, interviews);

        documents.Arrive(2, "{\"c\":3}"u8);
        documents.Arrive(1, "{\"b\":22}"u8);
        Assert.Equal("[\n", sink.Text);
        documents.Arrive(0, "{\"a\":1}"u8);
        documents.WriteCombined(sink, interviews);

        Assert.Equal("[\n{\"a\":1},\n{\"b\":22},\n{\"c\":3}\n]\n", sink.Text);
        Assert.Equal(OpenData.CombinedFile, sink.Url);
        Assert.Equal(new DocumentPlace(2, 7), documents.Placed["drei"]);
        Assert.Equal(new DocumentPlace(11, 8), documents.Placed["zwei"]);
        Assert.Equal(new DocumentPlace(21, 7), documents.Placed["eins"]);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(2)]
    public void An_interview_without_a_document_leaves_no_trace_and_holds_back_none_after_it(int skipped)
    {
        var interviews = ThreeInterviews();
        var sink = new OneFileSink();
        using var documents = new OpenDataInOrder(sink, interviews);
        string[] texts = ["{\"a\":1}", "{\"b\":22}", "{\"c\":3}"];

        documents.Skip(interviews[skipped]);
        for (var number = texts.Length - 1; number >= 0; number--)
        {
            if (number != skipped)
            {
                documents.Arrive(number, Encoding.UTF8.GetBytes(texts[number]));
            }
        }

        documents.WriteCombined(sink, interviews);

        Assert.Equal("[\n" + string.Join(",\n", texts.Where((_, n) => n != skipped)) + "\n]\n", sink.Text);
        Assert.False(documents.Placed.ContainsKey(interviews[skipped].Slug));
        Assert.Equal(2, documents.Placed.Count);
    }

    [Fact]
    public void The_file_is_not_completed_while_an_interview_has_not_given_its_document()
    {
        var interviews = ThreeInterviews();
        var sink = new OneFileSink();
        using var documents = new OpenDataInOrder(sink, interviews);
        documents.Arrive(0, "{\"a\":1}"u8);
        documents.Arrive(2, "{\"c\":3}"u8);

        Assert.Throws<InvalidOperationException>(() => documents.WriteCombined(sink, interviews));
        Assert.Equal("[\n{\"a\":1}", sink.Text);
    }

    /// <summary>A sink for the one file the writer makes, readable after the writer closed it.</summary>
    private sealed class OneFileSink : IPageSink
    {
        private readonly MemoryStream _file = new();

        public string? Url { get; private set; }

        public string Text => Encoding.UTF8.GetString(_file.ToArray());

        public int FilesWritten => Url is null ? 0 : 1;

        public int FilesKept => 0;

        public IReadOnlyDictionary<string, OutputFile> Files { get; } = new Dictionary<string, OutputFile>();

        public Stream Create(string url)
        {
            Url = url;
            return _file;
        }

        public void Write(string url, ReadOnlySpan<byte> content) => throw new NotSupportedException();

        public void Copy(string sourceFile, string url) => throw new NotSupportedException();

        public bool Keep(string url) => false;

        public void Commit()
        {
        }

        public void Dispose()
        {
        }
    }
}
