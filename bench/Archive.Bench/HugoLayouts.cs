namespace Archive.Bench;

/// <summary>Which of the two Hugo sites <see cref="HugoSite"/> writes.</summary>
internal enum HugoLayouts
{
    Equivalent,
    Bare,
}
