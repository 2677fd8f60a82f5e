namespace Archive.Rendering.Compiled;

/// <summary>One template turned into delegates, run against a <see cref="RenderScope"/>.</summary>
internal delegate void CompiledStatement(RenderScope scope);

/// <summary>One expression of a template turned into a delegate.</summary>
internal delegate object? CompiledExpression(RenderScope scope);

/// <summary>
/// A template compiled once by <see cref="TemplateCompiler"/>. Its body is filled in after every template of the set
/// has a slot, so that <c>include</c> can point at a partial compiled later.
/// </summary>
internal sealed class CompiledTemplate(string name)
{
    public string Name { get; } = name;

    public CompiledStatement Body { get; set; } = static _ => { };

    /// <summary>Renders the template into the scope's output and returns what it wrote.</summary>
    public string Render(RenderScope scope)
    {
        var start = scope.Output.Length;
        Body(scope);
        var text = scope.Output.ToString(start, scope.Output.Length - start);
        scope.Output.Length = start;
        return text;
    }
}
