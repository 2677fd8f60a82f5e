using Archive.Tests.Support;
using Archive.Writing;

namespace Archive.Tests.Writing;

public class RelatedCacheTests
{
    [Fact]
    public void Related_interviews_saved_for_some_metadata_come_back_for_that_metadata_only()
    {
        using var archive = new TempArchive().AddInterview("a", topics: "[Grenze]").AddInterview("b", topics: "[Grenze]").AddInterview("c", topics: "[Sport]");
        var model = archive.Model();

        RelatedCache.Save(archive.Root, new ContentHash(0, 42), model.Related);

        var loaded = RelatedCache.Load(archive.Root, new ContentHash(0, 42));
        Assert.NotNull(loaded);
        Assert.Equal(model.Related.Keys.Order(), loaded.Keys.Order());
        Assert.All(model.Related, r => Assert.Equal(r.Value.Select(i => i.Slug), loaded[r.Key]));
        Assert.Null(RelatedCache.Load(archive.Root, new ContentHash(0, 43)));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("something else\n")]
    public void A_missing_or_foreign_file_gives_nothing(string? text)
    {
        using var archive = new TempArchive();
        if (text is not null)
        {
            archive.Write(".archive-cache/related", text);
        }

        Assert.Null(RelatedCache.Load(archive.Root, new ContentHash(0, 42)));
    }
}
