using System.Globalization;
using System.Text;
using System.Xml;
using Archive.Modeling;

namespace Archive.Publishing;

/// <summary>
/// Atom feeds of the newest interviews (of the archive, a topic or a person). A feed's "updated" is its newest
/// interview's date, never the time of the build, so an unchanged archive gives an unchanged feed.
/// </summary>
public static class AtomFeed
{
    public const string FileName = "feed.xml";
    public const int Length = 50;

    public static string Write(string title, string selfUrl, string pageUrl, IReadOnlyList<InterviewEntry> interviews, SiteAddress address)
    {
        var builder = new StringBuilder();
        var settings = new XmlWriterSettings { Indent = true, OmitXmlDeclaration = false, Encoding = new UTF8Encoding(false) };
        using (var writer = XmlWriter.Create(new StringWriter(builder, CultureInfo.InvariantCulture), settings))
        {
            writer.WriteStartElement("feed", "http://www.w3.org/2005/Atom");
            writer.WriteElementString("title", title);
            writer.WriteElementString("id", address.Of(selfUrl));
            Link(writer, "self", address.Of(selfUrl)!);
            Link(writer, "alternate", address.Of(pageUrl)!);
            writer.WriteElementString("updated", interviews.Count == 0 ? "2000-01-01T00:00:00Z" : Timestamp(interviews[0]));
            foreach (var interview in interviews.Take(Length))
            {
                writer.WriteStartElement("entry");
                writer.WriteElementString("title", interview.Title);
                writer.WriteElementString("id", address.Of(interview.Url));
                Link(writer, "alternate", address.Of(interview.Url)!);
                writer.WriteElementString("updated", Timestamp(interview));
                foreach (var person in interview.Interviewers)
                {
                    writer.WriteStartElement("author");
                    writer.WriteElementString("name", person.Name);
                    writer.WriteEndElement();
                }

                foreach (var person in interview.Interviewees)
                {
                    writer.WriteStartElement("contributor");
                    writer.WriteElementString("name", person.Name);
                    writer.WriteEndElement();
                }

                foreach (var topic in interview.Topics)
                {
                    writer.WriteStartElement("category");
                    writer.WriteAttributeString("term", topic.Name);
                    writer.WriteEndElement();
                }

                if (interview.Source.Summary is { } summary)
                {
                    writer.WriteElementString("summary", summary);
                }

                writer.WriteEndElement();
            }

            writer.WriteEndElement();
        }

        // StringWriter reports UTF-16; the file is written as UTF-8, so the declaration must say so.
        return builder.Replace("encoding=\"utf-16\"", "encoding=\"utf-8\"").Append('\n').ToString();
    }

    /// <summary>Atom needs a full timestamp: a partial date stands for its first day.</summary>
    private static string Timestamp(InterviewEntry interview)
    {
        var date = interview.Date;
        return string.Create(CultureInfo.InvariantCulture, $"{date.Year:D4}-{date.Month ?? 1:D2}-{date.Day ?? 1:D2}T00:00:00Z");
    }

    private static void Link(XmlWriter writer, string relation, string href)
    {
        writer.WriteStartElement("link");
        writer.WriteAttributeString("rel", relation);
        writer.WriteAttributeString("href", href);
        writer.WriteEndElement();
    }
}
