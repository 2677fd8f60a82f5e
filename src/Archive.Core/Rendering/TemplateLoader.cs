using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;

namespace Archive.Rendering;

/// <summary>
/// Resolves <c>include 'name'</c> inside the site's templates/ folder only; a name that leads out of it is refused.
/// Every template is parsed once up front and handed to each context's cache, so includes are never parsed again.
/// </summary>
internal sealed class TemplateLoader(string templatesFolder) : ITemplateLoader
{
    private readonly string _folder = Path.GetFullPath(templatesFolder) + Path.DirectorySeparatorChar;

    public string GetPath(TemplateContext context, SourceSpan callerSpan, string templateName) =>
        NameOf(templateName) ?? throw new ScriptRuntimeException(callerSpan, $"the template '{templateName}' is outside templates/");

    /// <summary>The name <c>include 'name'</c> refers to within templates/ ("partials/pager.html"), or null outside it.</summary>
    public string? NameOf(string templateName)
    {
        var full = Path.GetFullPath(Path.Combine(_folder, templateName));
        return full.StartsWith(_folder, StringComparison.Ordinal) ? TemplateSet.NameOf(_folder, full) : null;
    }

    public string Load(TemplateContext context, SourceSpan callerSpan, string templatePath)
    {
        var full = Path.Combine(_folder, templatePath);
        return File.Exists(full)
            ? File.ReadAllText(full)
            : throw new ScriptRuntimeException(callerSpan, $"the template '{templatePath}' does not exist in templates/");
    }

    public ValueTask<string?> LoadAsync(TemplateContext context, SourceSpan callerSpan, string templatePath) =>
        ValueTask.FromResult<string?>(Load(context, callerSpan, templatePath));
}
