using System.Text;

namespace Archive.Loading;

/// <summary>
/// Text in one Unicode form (composed, NFC), so that a name means one person however an editor saved it: "López" may
/// come with ó as one character or as o and a combining accent (some editors, and text copied from some sources, save
/// it decomposed). Both look the same on screen, and compared character by character they would be two names.
/// </summary>
internal static class ComposedText
{
    /// <summary><paramref name="text"/> composed; the same string when it already is (nearly always, and checked quickly).</summary>
    public static string Of(string text) => text.IsNormalized() ? text : text.Normalize();

    /// <summary><paramref name="text"/> composed, as a new string; null when it already is.</summary>
    public static string? OrNull(ReadOnlySpan<char> text) => text.IsNormalized() ? null : text.ToString().Normalize();
}
