using System.Text.Json;

namespace Archive.Search;

/// <summary>
/// Reads back a term shard an earlier build wrote (<c>ArchiveSearch.load("terms","fe",{"term":[interview, exchanges,
/// count, …], …});</c>), so that an index being patched can make it again with only the changed postings.
/// </summary>
internal static class ShardReader
{
    private const string Head = "ArchiveSearch.load(\"terms\",\"";

    /// <summary>Adds each term of the shard with its postings to <paramref name="terms"/>; false when the file is not a term shard.</summary>
    public static bool TryRead(ReadOnlySpan<byte> script, Dictionary<string, List<(int Doc, int Mask, int Count)>> terms)
    {
        // The head names the prefix: the JSON object starts after its closing quote and a comma.
        if (!script.StartsWith(System.Text.Encoding.UTF8.GetBytes(Head)) || !script.EndsWith(");\n"u8))
        {
            return false;
        }

        var start = script[Head.Length..].IndexOf("\","u8);
        if (start < 0)
        {
            return false;
        }

        try
        {
            var json = new Utf8JsonReader(script[(Head.Length + start + 2)..^3]);
            Expect(ref json, JsonTokenType.StartObject);
            while (Next(ref json) == JsonTokenType.PropertyName)
            {
                var term = json.GetString()!;
                Expect(ref json, JsonTokenType.StartArray);
                var postings = new List<(int, int, int)>();
                while (Next(ref json) == JsonTokenType.Number)
                {
                    var doc = json.GetInt32();
                    Expect(ref json, JsonTokenType.Number);
                    var mask = json.GetInt32();
                    Expect(ref json, JsonTokenType.Number);
                    postings.Add((doc, mask, json.GetInt32()));
                }

                if (json.TokenType != JsonTokenType.EndArray || !terms.TryAdd(term, postings))
                {
                    return false;
                }
            }

            return json.TokenType == JsonTokenType.EndObject && !json.Read();
        }
        catch (Exception e) when (e is JsonException or FormatException or InvalidOperationException)
        {
            return false;
        }
    }

    private static JsonTokenType Next(ref Utf8JsonReader json) =>
        json.Read() ? json.TokenType : throw new FormatException("the shard ends early");

    private static void Expect(ref Utf8JsonReader json, JsonTokenType token)
    {
        if (Next(ref json) != token)
        {
            throw new FormatException($"expected {token}");
        }
    }
}
