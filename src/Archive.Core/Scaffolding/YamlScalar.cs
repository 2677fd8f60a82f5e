using System.Globalization;
using System.Text;

namespace Archive.Scaffolding;

/// <summary>
/// Writes a string as a YAML scalar that reads back as exactly that string: plain when it is made only of letters,
/// digits and a few harmless marks and could not be taken for anything else; double-quoted with escapes otherwise.
/// </summary>
internal static class YamlScalar
{
    /// <summary>Plain scalars YAML (or an editor's eye) would read as a null, a boolean or a number.</summary>
    private static readonly HashSet<string> Reserved = new(StringComparer.OrdinalIgnoreCase)
    {
        "null", "true", "false", "yes", "no", "on", "off", "y", "n", "~",
    };

    public static string Write(string value) => IsSafePlain(value) ? value : Quoted(value);

    private static bool IsSafePlain(string value) =>
        value.Length > 0 && char.IsLetterOrDigit(value[0]) && (char.IsLetterOrDigit(value[^1]) || value[^1] == '.') &&
        !value.Contains("  ", StringComparison.Ordinal) &&
        value.All(c => char.IsLetterOrDigit(c) || c is ' ' or '-' or '.' or '_' or '\'' or '’') &&
        !Reserved.Contains(value) && !double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out _);

    private static string Quoted(string value)
    {
        var builder = new StringBuilder(value.Length + 2).Append('"');
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            var paired = char.IsHighSurrogate(c) ? i + 1 < value.Length && char.IsLowSurrogate(value[i + 1])
                : char.IsLowSurrogate(c) && i > 0 && char.IsHighSurrogate(value[i - 1]);
            switch (c)
            {
                case '"':
                    builder.Append("\\\"");
                    break;
                case '\\':
                    builder.Append("\\\\");
                    break;
                case '\n':
                    builder.Append("\\n");
                    break;
                case '\t':
                    builder.Append("\\t");
                    break;
                case '\r':
                    builder.Append("\\r");
                    break;
                // Control characters, and the characters YAML counts as line breaks or a byte order mark, as escapes.
                // A surrogate without its partner is no character UTF-8 could store.
                case < ' ' or '\u007F' or '\u0085' or '\u2028' or '\u2029' or '\uFEFF' or (>= '\u0080' and < '\u00A0'):
                case >= '\uD800' and <= '\uDFFF' when !paired:
                    builder.Append(CultureInfo.InvariantCulture, $"\\u{(int)c:X4}");
                    break;
                default:
                    builder.Append(c);
                    break;
            }
        }

        return builder.Append('"').ToString();
    }
}
