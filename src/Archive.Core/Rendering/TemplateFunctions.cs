namespace Archive.Rendering;

/// <summary>Functions the templates can call, imported into every template context (snake_case names).</summary>
public static class TemplateFunctions
{
    /// <summary><c>{{ value | escape }}</c>: every value from content goes through this in templates.</summary>
    public static string Escape(object? value) => Html.Escape(value?.ToString());
}
