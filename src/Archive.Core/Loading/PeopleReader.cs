using Archive.Diagnostics;
using Archive.Loading.Yaml;

namespace Archive.Loading;

/// <summary>Reads <c>content/people.yml</c>: a list of optional person records.</summary>
internal static class PeopleReader
{
    private static readonly string[] Keys = ["name", "bio", "affiliation", "links"];

    public static List<PersonRecord> Read(string root, DiagnosticBag diagnostics)
    {
        var people = new List<PersonRecord>();
        foreach (var yaml in RecordList.Read(root, ArchivePaths.People, "people.yml", diagnostics))
        {
            yaml.RejectUnknownKeys(Keys);
            var name = yaml.RequiredName("name");
            var links = yaml.List("links", required: false);
            foreach (var link in links.Where(l => !WebLink.IsHttp(l.Value)))
            {
                diagnostics.Error(link.Location, $"a link must be an http or https address, not '{link.Value}'");
            }

            if (name is not null)
            {
                people.Add(new PersonRecord(name, yaml.Location, yaml.OptionalString("bio"), yaml.OptionalString("affiliation"),
                    [.. links.Where(l => WebLink.IsHttp(l.Value)).Select(l => l.Value)]));
            }
        }

        return people;
    }
}
