using Archive.Rendering.Views;

namespace Archive.Rendering;

/// <summary>
/// A finished page: where it goes (relative to the output root) and its HTML; for an interview page also the view it
/// was made from, which the citation files and the open data reuse.
/// </summary>
public sealed record RenderedPage(string Url, string Html, InterviewView? Interview = null);
