namespace Archive.Tests.Support;

/// <summary>Archives with a <c>base_url</c>, so that feeds, the sitemap and absolute citations are written.</summary>
internal static class PublishedArchive
{
    public const string BaseUrl = "https://example.org/archiv/";

    public static string Config => TempArchive.MinimalConfig + $"base_url: {BaseUrl}\n";

    /// <summary>Two interviews in different years sharing one topic and one interviewer.</summary>
    public static TempArchive TwoInterviews() =>
        new TempArchive(config: Config)
            .AddInterview("aelteres-gespraech", title: "Das ältere Gespräch", date: "2019-03", topics: "[Migration, Arbeit]")
            .AddInterview("neueres-gespraech", title: "Das neuere <Gespräch> & mehr", date: "2021-07-14", interviewee: "Kim Probe", topics: "[Migration]");
}
