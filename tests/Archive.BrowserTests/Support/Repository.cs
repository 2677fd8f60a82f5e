namespace Archive.BrowserTests.Support;

/// <summary>The repository the tests run from, found by walking up to Archive.sln.</summary>
internal static class Repository
{
    public static string Root { get; } = Find();

    private static string Find()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "Archive.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException("the tests run outside the repository");
    }
}
