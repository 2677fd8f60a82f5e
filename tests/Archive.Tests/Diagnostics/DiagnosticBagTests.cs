using Archive.Diagnostics;

namespace Archive.Tests.Diagnostics;

public class DiagnosticBagTests
{
    [Fact]
    public void Sorts_by_file_then_position_and_drops_exact_repeats()
    {
        var bag = new DiagnosticBag();
        bag.Error(new SourceLocation("b.yml", 2, 1), "second");
        bag.Warning(new SourceLocation("a.yml", 9, 1), "first");
        bag.Error(new SourceLocation("b.yml", 1, 4), "between");
        bag.Error(new SourceLocation("b.yml", 1, 4), "between");

        Assert.Equal(["first", "between", "second"], bag.Sorted.Select(d => d.Message));
    }

    [Fact]
    public void Has_errors_only_when_an_error_was_added()
    {
        var bag = new DiagnosticBag();
        bag.Warning(new SourceLocation("a.yml"), "only a warning");
        Assert.False(bag.HasErrors);

        bag.Error(new SourceLocation("a.yml"), "now an error");
        Assert.True(bag.HasErrors);
    }
}
