namespace Archive.Reading;

/// <summary>The lowercase name of each <see cref="ParagraphRole"/> ("question"), as pages and open data write it, made once.</summary>
public static class ParagraphRoleNames
{
    private static readonly string[] Names = [.. Enum.GetValues<ParagraphRole>().Select(r => r.ToString().ToLowerInvariant())];

    public static string Name(this ParagraphRole role) => Names[(int)role];
}
