namespace Archive.Cli;

/// <summary>What the process tells its caller: scripts and CI rely on these numbers.</summary>
internal static class ExitCodes
{
    public const int Success = 0;
    public const int ContentErrors = 1;
    public const int Usage = 2;
}
