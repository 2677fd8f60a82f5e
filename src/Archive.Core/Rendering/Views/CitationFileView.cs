namespace Archive.Rendering.Views;

/// <summary>A citation to download: its format's name, the file name it is saved under, and its data: address.</summary>
public sealed record CitationFileView(string Format, string FileName, string Href);
