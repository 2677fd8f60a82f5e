using Archive.Search;

namespace Archive.Tests.Search;

public class ShardReaderTests
{
    [Fact]
    public void A_shard_is_read_back_term_by_term_with_its_postings()
    {
        var terms = new Dictionary<string, List<(int Doc, int Mask, int Count)>>(StringComparer.Ordinal);

        var read = ShardReader.TryRead("ArchiveSearch.load(\"terms\",\"fe\",{\"fentanyl\":[0,321,3,7,1,1],\"f\\u00e9e\":[2,4,1]});\n"u8, terms);

        Assert.True(read);
        Assert.Equal([(0, 321, 3), (7, 1, 1)], terms["fentanyl"]);
        Assert.Equal([(2, 4, 1)], terms["fée"]); // escaped as the index writes it, read as the term it is
    }

    [Theory]
    [InlineData("ArchiveSearch.load(\"docs\",\"0\",[]);\n")]                        // not a term shard
    [InlineData("ArchiveSearch.load(\"terms\",\"fe\",{\"fentanyl\":[0,321]});\n")]   // a posting cut short
    [InlineData("ArchiveSearch.load(\"terms\",\"fe\",{\"fentanyl\":[0,321,3]}")]     // the script cut short
    [InlineData("ArchiveSearch.load(\"terms\",\"fe\",{\"a\":[1,1,1],\"a\":[2,1,1]});\n")] // a term twice
    [InlineData("ArchiveSearch.load(\"terms\",\"fe\",{\"a\":[1,1,1]}{});\n")]        // more after the object
    public void What_is_not_a_whole_term_shard_is_refused(string script)
    {
        Assert.False(ShardReader.TryRead(System.Text.Encoding.UTF8.GetBytes(script), new(StringComparer.Ordinal)));
    }
}
