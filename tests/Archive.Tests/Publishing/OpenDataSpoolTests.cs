using System.Text;
using Archive.Modeling;
using Archive.Publishing;
using Archive.Tests.Support;
using Microsoft.Win32.SafeHandles;

namespace Archive.Tests.Publishing;

public class OpenDataSpoolTests
{
    // The earlier data/interviews.json: "[\n" {"a":1} ",\n" {"b":22} "\n]\n", the first document at 2, the second at 11.
    private const string Earlier = "[\n{\"a\":1},\n{\"b\":22}\n]\n";

    private static readonly DocumentPlace First = new(2, 7);
    private static readonly DocumentPlace Second = new(11, 8);

    /// <summary>An archive of two interviews ("neu", then "alt"), the data file an earlier build wrote, and a spool on it.</summary>
    private sealed class EarlierBuild : IDisposable
    {
        private readonly TempArchive _archive = new();
        private readonly SafeFileHandle _file;

        public EarlierBuild(string earlier = Earlier)
        {
            _archive.AddInterview("neu", date: "2021").AddInterview("alt", date: "2020").Write("public/data/interviews.json", earlier);
            Interviews = _archive.Model().Interviews;
            _file = File.OpenHandle(_archive.PathOf("public/data/interviews.json"));
            Spool = new OpenDataSpool(Interviews.Count, _file);
        }

        public IReadOnlyList<InterviewEntry> Interviews { get; }

        public OpenDataSpool Spool { get; }

        public void Dispose()
        {
            Spool.Dispose();
            _file.Dispose();
            _archive.Dispose();
        }
    }

    [Fact]
    public void Documents_all_kept_where_they_were_make_the_earlier_file_the_one_to_publish()
    {
        using var build = new EarlierBuild();
        var (interviews, spool) = (build.Interviews, build.Spool);

        spool.Keep(interviews[0], First);
        spool.Keep(interviews[1], Second);

        Assert.True(spool.KeptInPlace(interviews, "[\n".Length, ",\n".Length, "\n]\n".Length));
        Assert.Equal(Second, spool.Placed["alt"]);
    }

    [Fact]
    public void Kept_documents_are_copied_from_the_earlier_file()
    {
        using var build = new EarlierBuild();
        var (interviews, spool) = (build.Interviews, build.Spool);
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
        using var build = new EarlierBuild();
        var (interviews, spool) = (build.Interviews, build.Spool);
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
        using var build = new EarlierBuild(change == "the earlier file holding more" ? Earlier.Replace("\n]", ",\n{}\n]", StringComparison.Ordinal) : Earlier);
        var (interviews, spool) = (build.Interviews, build.Spool);
        spool.Keep(interviews[0], change == "in another order" ? Second : First);
        if (change != "one left out")
        {
            spool.Keep(interviews[1], change == "in another order" ? First : Second);
        }

        Assert.False(spool.KeptInPlace(interviews, "[\n".Length, ",\n".Length, "\n]\n".Length));
    }
}
