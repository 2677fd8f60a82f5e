using System.Net;

namespace Archive.Cli.Serving;

/// <summary>
/// What to preview: the archive at <paramref name="Root"/>, served on <paramref name="Address"/> and
/// <paramref name="Port"/> (0 lets the system pick a free port). <paramref name="Verbose"/> adds each step's time to
/// every rebuild's line and the details of unexpected failures.
/// </summary>
internal sealed record ServeOptions(string Root, IPAddress Address, int Port, bool IncludeDrafts = false, bool Verbose = false);
