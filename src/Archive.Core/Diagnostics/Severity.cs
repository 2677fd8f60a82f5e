namespace Archive.Diagnostics;

public enum Severity
{
    Warning,
    Error,
}
