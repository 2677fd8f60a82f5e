namespace Archive.Scaffolding;

/// <summary>What a speaker label in a new text is: a generic label of either side, an outlet, a name, or initials.</summary>
internal enum LabelKind
{
    Asking,
    Answering,
    Outlet,
    Name,
    Initials,
}
