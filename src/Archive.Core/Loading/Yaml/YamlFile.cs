using Archive.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Archive.Loading.Yaml;

/// <summary>Parses one YAML text with YamlDotNet, turning a syntax error into a diagnostic at YamlDotNet's own line and column.</summary>
internal static class YamlFile
{
    /// <summary>
    /// The root node of the first document, or null when the text does not parse (reported) or is empty (reported
    /// when <paramref name="emptyIsError"/>).
    /// </summary>
    public static YamlNode? Parse(string text, string path, DiagnosticBag diagnostics, bool emptyIsError = true)
    {
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(text));
        }
        catch (YamlException e)
        {
            var message = (e.InnerException as YamlException)?.Message ?? e.Message;
            diagnostics.Error(new SourceLocation(path, (int)Math.Max(1, e.Start.Line), (int)Math.Max(1, e.Start.Column)),
                $"YAML syntax: {Tidy(message)}");
            return null;
        }
        catch (Exception e) when (e is InvalidOperationException or ArgumentException)
        {
            // YamlDotNet gives up this way on some malformed input (a stray '{' opening a line, an alias where a
            // key belongs) without a position; the editor still gets one clear message instead of a crash.
            diagnostics.Error(new SourceLocation(path), "YAML syntax: the file cannot be read as YAML; look for an unclosed bracket or quote");
            return null;
        }

        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is YamlScalarNode { Value: null or "" })
        {
            if (emptyIsError)
            {
                diagnostics.Error(new SourceLocation(path), "the file is empty");
            }

            return null;
        }

        return stream.Documents[0].RootNode;
    }

    public static SourceLocation At(string path, YamlNode node) =>
        new(path, (int)Math.Max(1, node.Start.Line), (int)Math.Max(1, node.Start.Column));

    // YamlDotNet prefixes messages with the position ("(Line: 3, Col: 1, Idx: 20) - (…): "); the diagnostic has it already.
    private static string Tidy(string message)
    {
        var cut = message.LastIndexOf("): ", StringComparison.Ordinal);
        return cut >= 0 && message.StartsWith('(') ? message[(cut + 3)..] : message;
    }
}
