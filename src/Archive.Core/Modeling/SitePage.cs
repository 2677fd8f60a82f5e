using Archive.Loading;

namespace Archive.Modeling;

/// <summary>A page to write, at <see cref="Url"/> (relative to the site root, ending in index.html).</summary>
public abstract record SitePage(string Url)
{
    /// <summary>How many folders deep the page lies, for its relative links back to the root.</summary>
    public int Depth => Url.Count(c => c == '/');
}

public sealed record HomePage(IReadOnlyList<InterviewEntry> Newest, IReadOnlyList<TopicEntry> Topics, IReadOnlyList<PersonEntry> People)
    : SitePage("index.html");

public sealed record InterviewPage(InterviewEntry Interview) : SitePage(Interview.Url);

public sealed record InterviewListPage(Pager<InterviewEntry> Pager) : SitePage(Pager.Links.Url);

public sealed record TopicIndexPage(Pager<TopicEntry> Pager) : SitePage(Pager.Links.Url);

public sealed record TopicPage(TopicEntry Topic, Pager<InterviewEntry> Pager) : SitePage(Pager.Links.Url);

public sealed record PeopleIndexPage(Pager<PersonEntry> Pager) : SitePage(Pager.Links.Url);

/// <summary>A person's page. When one of their lists is longer than a page, page N shows the N-th slice of each list.</summary>
public sealed record PersonPage(
    PersonEntry Person,
    PageLinks Links,
    IReadOnlyList<InterviewEntry> Given,
    IReadOnlyList<InterviewEntry> Conducted,
    IReadOnlyList<InterviewEntry> MentionedIn) : SitePage(Links.Url);

public sealed record FreePageView(FreePage Page) : SitePage($"{Page.Slug}/index.html");

/// <summary>The page a web server shows for a missing address. It is served at any address, so its links are absolute.</summary>
public sealed record NotFoundPage() : SitePage("404.html");

/// <summary>The search page; its results come from the static index under search/ (see Search.SearchIndex).</summary>
public sealed record SearchPage() : SitePage("search/index.html");
