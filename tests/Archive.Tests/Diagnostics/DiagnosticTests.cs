using Archive.Diagnostics;

namespace Archive.Tests.Diagnostics;

public class DiagnosticTests
{
    [Fact]
    public void Prints_as_path_line_column_severity_message()
    {
        var error = new Diagnostic(Severity.Error, new SourceLocation("content/interviews/a.yml", 3, 7), "missing key 'title'");
        var warning = new Diagnostic(Severity.Warning, new SourceLocation("seeds/a.txt"), "read as Windows-1252");

        Assert.Equal("content/interviews/a.yml:3:7: error: missing key 'title'", error.ToString());
        Assert.Equal("seeds/a.txt:1:1: warning: read as Windows-1252", warning.ToString());
    }
}
