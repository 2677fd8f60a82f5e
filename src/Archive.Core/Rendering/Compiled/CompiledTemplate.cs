namespace Archive.Rendering.Compiled;

/// <summary>One template turned into delegates, run against a <see cref="RenderScope"/>.</summary>
internal delegate void CompiledStatement(RenderScope scope);

/// <summary>One expression of a template turned into a delegate.</summary>
internal delegate object? CompiledExpression(RenderScope scope);

/// <summary>A condition (<c>if</c>, <c>!</c>, <c>&amp;&amp;</c>, a comparison) turned into a delegate, without boxing its answer.</summary>
internal delegate bool CompiledCondition(RenderScope scope);

/// <summary>
/// A template compiled once by <see cref="TemplateCompiler"/>. Its body is filled in after every template of the set
/// has a slot, so that <c>include</c> can point at a partial compiled later.
/// </summary>
internal sealed class CompiledTemplate(string name)
{
    public string Name { get; } = name;

    public CompiledStatement Body { get; set; } = static _ => { };
}
