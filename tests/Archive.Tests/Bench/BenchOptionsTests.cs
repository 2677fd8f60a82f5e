using Archive.Bench;

namespace Archive.Tests.Bench;

public class BenchOptionsTests
{
    [Fact]
    public void No_arguments_measure_1000_and_10000_interviews_three_times_without_Hugo()
    {
        var (options, error) = BenchOptions.Parse([]);

        Assert.Null(error);
        Assert.Equal([1000, 10000], options!.Sizes);
        Assert.Equal(3, options.Runs);
        Assert.False(options.WithHugo);
        Assert.False(options.Keep);
    }

    [Fact]
    public void Every_option_is_read_in_any_order()
    {
        var (options, error) = BenchOptions.Parse(["--keep", "--sizes", "100000", "--hugo", "--runs", "5"]);

        Assert.Null(error);
        Assert.Equal([100000], options!.Sizes);
        Assert.Equal(5, options.Runs);
        Assert.True(options.WithHugo);
        Assert.True(options.Keep);
    }

    [Theory]
    [InlineData("--help")]
    [InlineData("-h")]
    public void Help_asks_for_the_usage_instead_of_a_run(string argument)
    {
        var (options, error) = BenchOptions.Parse(["--hugo", argument]);

        Assert.Null(options);
        Assert.Null(error);
    }

    [Theory]
    [InlineData("--verbose", "unknown argument '--verbose'")]
    [InlineData("--size", "unknown argument '--size'")]
    [InlineData("--sizes", "--sizes needs a value")]
    [InlineData("--sizes 1000,ten", "--sizes takes whole numbers above zero separated by commas, not '1000,ten'")]
    [InlineData("--sizes 0", "--sizes takes whole numbers above zero separated by commas, not '0'")]
    [InlineData("--runs -1", "--runs takes a whole number above zero, not '-1'")]
    [InlineData("--runs", "--runs needs a value")]
    public void Arguments_it_does_not_understand_are_refused_instead_of_starting_a_run(string arguments, string expected)
    {
        var (options, error) = BenchOptions.Parse(arguments.Split(' '));

        Assert.Null(options);
        Assert.Equal(expected, error);
    }

    [Theory]
    [InlineData("--hugo --sizes 1000,10000", null)]
    [InlineData("--sizes 100000", null)]
    [InlineData("--hugo --sizes 10000,100000", "--hugo at 100000 interviews")]
    public void Hugo_above_ten_thousand_interviews_is_called_out_before_the_run(string arguments, string? expected)
    {
        var caution = BenchOptions.Parse(arguments.Split(' ')).Options!.Caution;

        if (expected is null)
        {
            Assert.Null(caution);
        }
        else
        {
            Assert.Contains(expected, caution, StringComparison.Ordinal);
        }
    }
}
