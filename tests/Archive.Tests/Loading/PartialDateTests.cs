using Archive.Loading;

namespace Archive.Tests.Loading;

public class PartialDateTests
{
    [Theory]
    [InlineData("2023", 2023, null, null)]
    [InlineData("2023-01", 2023, 1, null)]
    [InlineData("2023-01-09", 2023, 1, 9)]
    [InlineData("2024-02-29", 2024, 2, 29)]
    public void Parses_a_year_a_month_or_a_day(string text, int year, int? month, int? day)
    {
        Assert.True(PartialDate.TryParse(text, out var date, out _));
        Assert.Equal(new PartialDate(year, month, day), date);
        Assert.Equal(text, date.ToString());
    }

    [Theory]
    [InlineData("2023-13-01", "no month 13")]
    [InlineData("2023-02-30", "28 days")]
    [InlineData("2023-00", "no month 0")]
    [InlineData("23-01", "YYYY")]
    [InlineData("2023/01", "YYYY")]
    [InlineData("Januar 2023", "YYYY")]
    [InlineData("2023-1-5", "YYYY")]
    public void Refuses_impossible_or_malformed_dates_saying_why(string text, string reason)
    {
        Assert.False(PartialDate.TryParse(text, out _, out var error));
        Assert.Contains(reason, error, StringComparison.Ordinal);
    }

    [Fact]
    public void Sorts_chronologically_with_the_less_precise_date_first()
    {
        string[] texts = ["2023-01-09", "2022", "2023", "2023-01", "2022-12-31", "2023-02"];
        var sorted = texts.Select(t => PartialDate.TryParse(t, out var d, out _) ? d : throw new FormatException(t)).Order().Select(d => d.ToString());

        Assert.Equal(["2022", "2022-12-31", "2023", "2023-01", "2023-01-09", "2023-02"], sorted);
    }
}
