using System.Text.Json;
using Archive.Rendering.Views;

namespace Archive.Publishing;

/// <summary>
/// schema.org JSON-LD for search engines. schema.org has no interview type, so an interview is an Article whose
/// author is the interviewer, whose interviewees take part through a Role ("interviewee"), which is about its topics,
/// and which has one part per question, addressed by its anchor.
/// </summary>
public static class StructuredData
{
    private const string Context = "https://schema.org";

    public static string Interview(InterviewView interview, string pageUrl, SiteAddress address)
    {
        var summary = interview.Summary;
        var self = address.Of(pageUrl);
        return Json.WriteString(w =>
        {
            w.WriteStartObject();
            w.WriteString("@context", Context);
            w.WriteString("@type", "Article");
            w.WriteString("genre", "interview");
            w.WriteString("headline", summary.Title);
            w.WriteString("datePublished", summary.Date);
            w.WriteString("inLanguage", summary.Language);
            w.OptionalString("url", self);
            w.OptionalString("description", summary.Summary);
            w.OptionalString("isBasedOn", interview.SourceUrl);
            if (interview.Source is not null)
            {
                w.WriteStartObject("publisher");
                w.WriteString("@type", "Organization");
                w.WriteString("name", interview.Source);
                w.WriteEndObject();
            }

            People(w, "author", summary.Interviewers, address);
            w.WriteStartArray("contributor");
            foreach (var person in summary.Interviewees)
            {
                w.WriteStartObject();
                w.WriteString("@type", "Role");
                w.WriteString("roleName", "interviewee");
                w.WritePropertyName("contributor");
                Person(w, person, address);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteStartArray("about");
            foreach (var topic in summary.Topics)
            {
                w.WriteStartObject();
                w.WriteString("@type", "Thing");
                w.WriteString("name", topic.Name);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            People(w, "mentions", interview.Mentions, address);
            w.WriteStartArray("hasPart");
            foreach (var question in interview.Questions)
            {
                w.WriteStartObject();
                w.WriteString("@type", "Question");
                w.WriteString("@id", $"{self}#{question.Anchor}");
                w.WriteString("url", $"{self}#{question.Anchor}");
                w.WriteNumber("position", question.Number);
                w.WriteString("text", question.Text);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteEndObject();
        });
    }

    public static string Person(PersonView person, SiteAddress address) => Json.WriteString(w =>
    {
        w.WriteStartObject();
        w.WriteString("@context", Context);
        w.WriteString("@type", "Person");
        w.WriteString("name", person.Name);
        w.OptionalString("url", address.Of(person.Url));
        w.OptionalString("description", person.Bio);
        if (person.Affiliation is not null)
        {
            w.WriteStartObject("affiliation");
            w.WriteString("@type", "Organization");
            w.WriteString("name", person.Affiliation);
            w.WriteEndObject();
        }

        if (person.Links.Count > 0)
        {
            w.StringArray("sameAs", person.Links);
        }

        w.WriteEndObject();
    });

    private static void People(Utf8JsonWriter w, string name, IReadOnlyList<LinkView> people, SiteAddress address)
    {
        w.WriteStartArray(name);
        foreach (var person in people)
        {
            Person(w, person, address);
        }

        w.WriteEndArray();
    }

    private static void Person(Utf8JsonWriter w, LinkView person, SiteAddress address)
    {
        w.WriteStartObject();
        w.WriteString("@type", "Person");
        w.WriteString("name", person.Name);
        w.OptionalString("url", address.Of(person.Url));
        w.WriteEndObject();
    }
}
