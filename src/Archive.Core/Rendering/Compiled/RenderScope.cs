using System.Text;
using Scriban;
using Scriban.Runtime;

namespace Archive.Rendering.Compiled;

/// <summary>
/// What one page's compiled render needs: the output, the page's variables (Scriban's globals object, then what the
/// templates assigned), the loops being run, and the thread's <see cref="TemplateContext"/> for Scriban's own
/// conversions (truth, text, comparison), so that both paths agree on them.
/// </summary>
internal sealed class RenderScope(TemplateContext context, ScriptObject globals)
{
    /// <summary>Includes deeper than this are left to the interpreter, which reports the recursion.</summary>
    private const int IncludeLimit = 64;

    private readonly List<LoopFrame> _loops = [];
    private Dictionary<string, object?>? _assigned;
    private int _includes;

    public StringBuilder Output { get; } = new(16 * 1024);

    public TemplateContext Context => context;

    public object? Lookup(string name) =>
        _assigned is not null && _assigned.TryGetValue(name, out var assigned) ? assigned
        : globals.TryGetValue(name, out var value) ? value
        : throw new RenderBailout($"no variable '{name}'");

    public void Assign(string name, object? value) => (_assigned ??= new(StringComparer.Ordinal))[name] = value;

    /// <summary>The loop <paramref name="distance"/> levels out from the innermost one.</summary>
    public LoopFrame Loop(int distance) => _loops[_loops.Count - 1 - distance];

    public LoopFrame EnterLoop(int count)
    {
        var frame = new LoopFrame(count);
        _loops.Add(frame);
        return frame;
    }

    public void ExitLoop() => _loops.RemoveAt(_loops.Count - 1);

    public void EnterInclude()
    {
        if (++_includes > IncludeLimit)
        {
            throw new RenderBailout("includes nested too deeply");
        }
    }

    public void ExitInclude() => _includes--;

    public void Write(object? value)
    {
        switch (value)
        {
            case null:
                break;
            case string text:
                Output.Append(text);
                break;
            default:
                Output.Append(context.ObjectToString(value));
                break;
        }
    }
}

/// <summary>One running <c>for</c> loop: its current item and what <c>for.index</c>, <c>for.last</c> and the like read.</summary>
internal sealed class LoopFrame(int count)
{
    public int Count { get; } = count;

    public int Index { get; set; }

    public object? Item { get; set; }

    public bool Changed { get; set; }
}
