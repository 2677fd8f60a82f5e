using Archive.Diagnostics;
using Archive.Loading.Yaml;

namespace Archive.Loading;

/// <summary>Reads <c>content/topics.yml</c>: a list of optional topic descriptions in Markdown.</summary>
internal static class TopicsReader
{
    private static readonly string[] Keys = ["name", "description"];

    public static List<TopicRecord> Read(string root, DiagnosticBag diagnostics)
    {
        var topics = new List<TopicRecord>();
        foreach (var yaml in RecordList.Read(root, ArchivePaths.Topics, "topics.yml", diagnostics))
        {
            yaml.RejectUnknownKeys(Keys);
            var name = yaml.RequiredName("name");
            if (name is not null)
            {
                topics.Add(new TopicRecord(name, yaml.Location, yaml.OptionalString("description")));
            }
        }

        return topics;
    }
}
