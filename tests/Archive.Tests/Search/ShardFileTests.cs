using Archive.Search;

namespace Archive.Tests.Search;

public class ShardFileTests
{
    [Theory]
    [InlineData("fe", "fe")]
    [InlineData("x9", "x9")]
    [InlineData("пе", "x43f-435")]
    [InlineData("aσ", "x61-3c3")]
    [InlineData("北京", "x5317-4eac")]
    public void Names_a_shard_in_ascii_and_reads_the_prefix_back(string prefix, string name)
    {
        Assert.Equal(name, ShardFile.Name(prefix));
        Assert.Equal(prefix, ShardFile.Prefix(name));
    }
}
