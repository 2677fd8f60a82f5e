using System.Globalization;

namespace Archive.Search;

/// <summary>
/// The file name of a term shard, from the prefix its terms start with. A prefix of a-z and 0-9 is its own name
/// ("fe"); one with a letter of another script is "x" and the hexadecimal code of each of its characters, joined by
/// hyphens ("пе" → "x43f-435"), so that every host and disk takes the name as it is, and no name of that kind meets
/// one of the first (a prefix has two characters or more, so those names always hold a hyphen). assets/search.js
/// names the files the same way.
/// </summary>
internal static class ShardFile
{
    public static string Name(string prefix) =>
        prefix.All(char.IsAsciiLetterOrDigit)
            ? prefix
            : "x" + string.Join('-', prefix.Select(c => ((int)c).ToString("x", CultureInfo.InvariantCulture)));

    /// <summary>The prefix a name was made from: the reverse of <see cref="Name"/>.</summary>
    public static string Prefix(string name) =>
        name.StartsWith('x') && name.Contains('-', StringComparison.Ordinal)
            ? new string([.. name[1..].Split('-').Select(hex => (char)int.Parse(hex, NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture))])
            : name;
}
