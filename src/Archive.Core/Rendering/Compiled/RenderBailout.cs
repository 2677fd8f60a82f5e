namespace Archive.Rendering.Compiled;

/// <summary>
/// Thrown by a compiled template when a page meets something the compiled path does not decide itself (a missing
/// variable or member, a value of an unexpected type): the page is then rendered again by Scriban's interpreter,
/// which gives the same output or reports the error at the template's own line and column.
/// </summary>
internal sealed class RenderBailout(string reason) : Exception(reason);
