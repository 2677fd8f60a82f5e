using System.Text;
using Archive.Diagnostics;
using Archive.Loading;
using Archive.Modeling;
using Archive.Publishing;
using Archive.Tests.Support;

namespace Archive.Tests.Publishing;

public class OpenDataSpoolTests
{
    // The earlier data/interviews.json: "[\n" {"a":1} ",\n" {"b":22} "\n]\n", the first document at 2, the second at 11.
    private const string Earlier = "[\n{\"a\":1},\n{\"b\":22}\n]\n";

    private static readonly DocumentPlace First = new(2, 7);
    private static readonly DocumentPlace Second = new(11, 8);

    private static IReadOnlyList<InterviewEntry> TwoInterviews(TempArchive archive)
    {
        archive.AddInterview("neu", date: "2021").AddInterview("alt", date: "2020").Write("public/data/interviews.json", Earlier);
        var diagnostics = new DiagnosticBag();
        return SiteModelBuilder.Build(ArchiveLoader.Load(archive.Root, diagnostics)!, diagnostics).Interviews;
    }

    [Fact]
    public void Documents_all_kept_where_they_were_make_the_earlier_file_the_one_to_publish()
    {
        using var archive = new TempArchive();
        var interviews = TwoInterviews(archive);
        using var earlier = File.OpenHandle(archive.PathOf("public/data/interviews.json"));
        using var spool = new OpenDataSpool(earlier);

        spool.Keep(interviews[0], First);
        spool.Keep(interviews[1], Second);

        Assert.True(spool.KeptInPlace(interviews, "[\n".Length, ",\n".Length, "\n]\n".Length));
        Assert.Equal(Second, spool.Placed["alt"]);
    }

    [Fact]
    public void Kept_documents_are_copied_from_the_earlier_file()
    {
        using var archive = new TempArchive();
        var interviews = TwoInterviews(archive);
        using var earlier = File.OpenHandle(archive.PathOf("public/data/interviews.json"));
        using var spool = new OpenDataSpool(earlier);
        spool.Keep(interviews[0], Second);
        spool.Keep(interviews[1], First);

        using var copy = new MemoryStream();
        spool.CopyTo(copy, 0, interviews, "|"u8);

        Assert.Equal("{\"b\":22}|{\"a\":1}", Encoding.UTF8.GetString(copy.ToArray()));
        Assert.Equal(new DocumentPlace(9, 7), spool.Placed["alt"]);
    }

    [Theory]
    [InlineData(",\n", "{\"a\":1},\n{\"b\":22}")]
    [InlineData(";;", "{\"a\":1};;{\"b\":22}")]
    public void Documents_that_follow_each_other_in_the_earlier_file_are_copied_in_one_piece_when_the_separator_is_the_same(string separator, string copied)
    {
        using var archive = new TempArchive();
        var interviews = TwoInterviews(archive);
        using var earlier = File.OpenHandle(archive.PathOf("public/data/interviews.json"));
        using var spool = new OpenDataSpool(earlier);
        spool.Keep(interviews[0], First);
        spool.Keep(interviews[1], Second);

        using var copy = new MemoryStream();
        spool.CopyTo(copy, 100, interviews, Encoding.UTF8.GetBytes(separator));

        Assert.Equal(copied, Encoding.UTF8.GetString(copy.ToArray()));
        Assert.Equal(new DocumentPlace(100, 7), spool.Placed["neu"]);
        Assert.Equal(new DocumentPlace(109, 8), spool.Placed["alt"]);
    }

    [Theory]
    [InlineData("in another order")]
    [InlineData("one left out")]
    [InlineData("the earlier file holding more")]
    public void Documents_that_would_not_stand_where_they_were_are_copied(string change)
    {
        using var archive = new TempArchive();
        var interviews = TwoInterviews(archive);
        if (change == "the earlier file holding more")
        {
            archive.Write("public/data/interviews.json", Earlier.Replace("\n]", ",\n{}\n]", StringComparison.Ordinal));
        }

        using var earlier = File.OpenHandle(archive.PathOf("public/data/interviews.json"));
        using var spool = new OpenDataSpool(earlier);
        spool.Keep(interviews[0], change == "in another order" ? Second : First);
        if (change != "one left out")
        {
            spool.Keep(interviews[1], change == "in another order" ? First : Second);
        }

        Assert.False(spool.KeptInPlace(interviews, "[\n".Length, ",\n".Length, "\n]\n".Length));
    }
}
