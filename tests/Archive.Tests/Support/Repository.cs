namespace Archive.Tests.Support;

/// <summary>The repository the tests run from: its sample archive, templates and seeds.</summary>
internal static class Repository
{
    public static string Root { get; } = Find();

    public static string SeedPath => Path.Combine(Root, "seeds", "000_348f921fcf72eedc.txt");

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
