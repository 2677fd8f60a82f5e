namespace Archive.Diagnostics;

/// <summary>
/// Collects every problem of a run so that an editor sees all of them at once.
/// Safe to add to from several threads; <see cref="Sorted"/> gives a stable order for reproducible output.
/// </summary>
public sealed class DiagnosticBag
{
    private readonly List<Diagnostic> _items = [];
    private readonly Lock _gate = new();

    public void Error(SourceLocation location, string message) => Add(new Diagnostic(Severity.Error, location, message));

    public void Warning(SourceLocation location, string message) => Add(new Diagnostic(Severity.Warning, location, message));

    public void Add(Diagnostic diagnostic)
    {
        lock (_gate)
        {
            _items.Add(diagnostic);
        }
    }

    public void AddRange(IEnumerable<Diagnostic> diagnostics)
    {
        lock (_gate)
        {
            _items.AddRange(diagnostics);
        }
    }

    public bool IsEmpty
    {
        get
        {
            lock (_gate)
            {
                return _items.Count == 0;
            }
        }
    }

    public bool HasErrors
    {
        get
        {
            lock (_gate)
            {
                return _items.Exists(d => d.IsError);
            }
        }
    }

    public int ErrorCount
    {
        get
        {
            lock (_gate)
            {
                return _items.Count(d => d.IsError);
            }
        }
    }

    public IReadOnlyList<Diagnostic> Sorted
    {
        get
        {
            lock (_gate)
            {
                return [.. _items
                    .Distinct()
                    .OrderBy(d => d.Location.Path, StringComparer.Ordinal)
                    .ThenBy(d => d.Location.Line)
                    .ThenBy(d => d.Location.Column)
                    .ThenBy(d => d.Message, StringComparer.Ordinal)];
            }
        }
    }
}
