using Archive.Diagnostics;

namespace Archive.Modeling;

/// <summary>
/// Gives each distinct name (of a person or a topic) its slug, and reports two spellings that would share one address,
/// which would otherwise silently overwrite each other's page.
/// </summary>
internal sealed class NameRegistry(string kind, string folder, DiagnosticBag diagnostics)
{
    private readonly Dictionary<string, Known> _bySlug = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _slugOf = new(StringComparer.Ordinal); // a big archive names each person many times

    public IEnumerable<string> Slugs => _bySlug.Keys;

    /// <summary>The name's reference, or null (reported) when it collides with another spelling or has no letters.</summary>
    public (string Name, string Slug)? Register(string name, SourceLocation location)
    {
        if (!_slugOf.TryGetValue(name, out var slug))
        {
            _slugOf[name] = slug = Slug.From(name);
        }

        if (slug.Length == 0)
        {
            // Addresses are made of a-z and 0-9, from letters and digits of any script: a name of only signs, marks or
            // emoji gives nothing to make one from.
            diagnostics.Error(location, $"the {kind} name '{name}' has no letters or digits to make an address from");
            return null;
        }

        if (_bySlug.TryGetValue(slug, out var known))
        {
            if (known.Name != name)
            {
                diagnostics.Error(location,
                    $"the {kind} '{name}' and '{known.Name}' ({known.FirstSeen}) would share the address {folder}/{slug}/; write the name the same way everywhere");
                return null;
            }
        }
        else
        {
            _bySlug.Add(slug, new Known(name, location));
        }

        return (name, slug);
    }

    public bool TryGet(string slug, out string name)
    {
        var found = _bySlug.TryGetValue(slug, out var known);
        name = known?.Name ?? string.Empty;
        return found;
    }

    /// <summary>
    /// A name and where it was first seen. A class, not a tuple: a table of tuples holding a location is code the runtime
    /// compiles for each build, a table of classes is code it ships compiled.
    /// </summary>
    private sealed record Known(string Name, SourceLocation FirstSeen);
}
