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

    // Each thread renders one page at a time into buffers it keeps: a page's text is not allocated again and again
    // as it grows, only copied out once as the finished page.
    [ThreadStatic]
    private static StringBuilder? t_content;

    [ThreadStatic]
    private static StringBuilder? t_page;

    private readonly List<LoopFrame> _loops = [];
    private Dictionary<string, object?>? _assigned;
    private int _includes;

    public StringBuilder Output { get; private set; } = Empty;

    public TemplateContext Context => context;

    private static StringBuilder Empty { get; } = new();

    /// <summary>Renders a page's own template; the result goes to the layout as <c>content</c>.</summary>
    public PageContent RenderContent(CompiledTemplate template)
    {
        Output = Buffer(ref t_content);
        template.Body(this);
        return new PageContent(Output);
    }

    /// <summary>Renders a template as the finished text, in the thread's page buffer: valid until its next page.</summary>
    public StringBuilder RenderPage(CompiledTemplate template)
    {
        Output = Buffer(ref t_page);
        template.Body(this);
        return Output;
    }

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
            case PageContent content:
                content.AppendTo(Output);
                break;
            default:
                Output.Append(context.ObjectToString(value));
                break;
        }
    }

    private static StringBuilder Buffer(ref StringBuilder? buffer)
    {
        buffer ??= new StringBuilder(16 * 1024);
        buffer.Clear();
        return buffer;
    }
}

/// <summary>One running <c>for</c> loop: its current item and what <c>for.index</c>, <c>for.last</c> and the like read.</summary>
internal sealed class LoopFrame(int count)
{
    public int Count { get; } = count;

    public int Index { get; set; }

    public object? Item { get; set; }

    /// <summary>The item before this one (null on the first).</summary>
    public object? Previous { get; set; }

    /// <summary>
    /// Whether this item differs from the one before: compared only when a template asks, since items are records
    /// compared field by field and most loops never ask (the archive's index lists thousands of interviews).
    /// </summary>
    public bool Changed => Index == 0 || !Equals(Previous, Item);
}

/// <summary>
/// The page template's output as the layout's <c>content</c>, handed over without first copying it into a string.
/// Anything but writing it out sees it as the text it holds.
/// </summary>
internal sealed class PageContent(StringBuilder text)
{
    public void AppendTo(StringBuilder output) => output.Append(text);

    public override string ToString() => text.ToString();

    /// <summary>The value as Scriban would see it: the text, for page content.</summary>
    public static object? Plain(object? value) => value is PageContent content ? content.ToString() : value;
}
