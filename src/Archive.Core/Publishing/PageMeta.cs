using Archive.Loading;
using Archive.Modeling;
using Archive.Rendering.Views;
using Scriban.Runtime;

namespace Archive.Publishing;

/// <summary>
/// The &lt;meta&gt; tags of a page for link previews (Open Graph) and library catalogues (Dublin Core), as
/// attribute/key/value triples the layout writes out escaped.
/// </summary>
internal static class PageMeta
{
    public static ScriptArray For(SitePage page, InterviewView? interview, string title, SiteConfig config)
    {
        var address = new SiteAddress(config.BaseUrl);
        var meta = new ScriptArray();
        void Add(string attribute, string key, string? value)
        {
            if (!string.IsNullOrEmpty(value))
            {
                meta.Add(new ScriptObject { ["attribute"] = attribute, ["key"] = key, ["value"] = value });
            }
        }

        Add("property", "og:site_name", config.Title);
        Add("property", "og:title", title);
        Add("property", "og:type", interview is null ? "website" : "article");
        Add("property", "og:url", address.Of(page.Url));
        if (interview is null)
        {
            Add("property", "og:description", config.Description);
            return meta;
        }

        var summary = interview.Summary;
        Add("property", "og:description", summary.Summary);
        Add("name", "DC.title", summary.Title);
        Add("name", "DC.type", "Interview");
        Add("name", "DC.date", summary.Date);
        Add("name", "DC.language", summary.Language);
        Add("name", "DC.publisher", interview.Source);
        foreach (var person in summary.Interviewees)
        {
            Add("name", "DC.creator", person.Name);
        }

        foreach (var person in summary.Interviewers)
        {
            Add("name", "DC.contributor", person.Name);
        }

        foreach (var topic in summary.Topics)
        {
            Add("name", "DC.subject", topic.Name);
        }

        return meta;
    }
}
