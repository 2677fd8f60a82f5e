using System.Globalization;

namespace Archive.Loading;

/// <summary>
/// A date only as precise as the source allows: a year, a month of a year, or a day.
/// Sorts chronologically, a less precise date before the more precise ones it contains (2023 &lt; 2023-01 &lt; 2023-01-09).
/// </summary>
public readonly record struct PartialDate(int Year, int? Month, int? Day) : IComparable<PartialDate>
{
    public DatePrecision Precision => Day is not null ? DatePrecision.Day : Month is not null ? DatePrecision.Month : DatePrecision.Year;

    /// <summary>Parses YYYY, YYYY-MM or YYYY-MM-DD; the error says what is wrong, for the editor.</summary>
    public static bool TryParse(string text, out PartialDate date, out string error)
    {
        date = default;
        error = string.Empty;
        var parts = text.Trim().Split('-');
        if (parts.Length > 3 || parts.Any(p => p.Length == 0 || !p.All(char.IsAsciiDigit)) ||
            parts[0].Length != 4 || parts.Skip(1).Any(p => p.Length != 2))
        {
            error = $"'{text}' is not a date; write YYYY, YYYY-MM or YYYY-MM-DD";
            return false;
        }

        var year = int.Parse(parts[0], CultureInfo.InvariantCulture);
        int? month = parts.Length > 1 ? int.Parse(parts[1], CultureInfo.InvariantCulture) : null;
        int? day = parts.Length > 2 ? int.Parse(parts[2], CultureInfo.InvariantCulture) : null;
        if (year < 1)
        {
            error = $"'{text}' has no year 0";
            return false;
        }

        if (month is < 1 or > 12)
        {
            error = $"'{text}' has no month {month}";
            return false;
        }

        if (day is not null && (day < 1 || day > DateTime.DaysInMonth(year, month!.Value)))
        {
            error = $"'{text}' is not a day of the calendar: {year:D4}-{month:D2} has {DateTime.DaysInMonth(year, month!.Value)} days";
            return false;
        }

        date = new PartialDate(year, month, day);
        return true;
    }

    public int CompareTo(PartialDate other)
    {
        var byYear = Year.CompareTo(other.Year);
        if (byYear != 0)
        {
            return byYear;
        }

        var byMonth = (Month ?? 0).CompareTo(other.Month ?? 0);
        return byMonth != 0 ? byMonth : (Day ?? 0).CompareTo(other.Day ?? 0);
    }

    public static bool operator <(PartialDate left, PartialDate right) => left.CompareTo(right) < 0;

    public static bool operator >(PartialDate left, PartialDate right) => left.CompareTo(right) > 0;

    public static bool operator <=(PartialDate left, PartialDate right) => left.CompareTo(right) <= 0;

    public static bool operator >=(PartialDate left, PartialDate right) => left.CompareTo(right) >= 0;

    /// <summary>The ISO 8601 form at its own precision: "2023", "2023-01" or "2023-01-09" (also valid in HTML's datetime).</summary>
    public override string ToString() => Precision switch
    {
        DatePrecision.Day => string.Create(CultureInfo.InvariantCulture, $"{Year:D4}-{Month:D2}-{Day:D2}"),
        DatePrecision.Month => string.Create(CultureInfo.InvariantCulture, $"{Year:D4}-{Month:D2}"),
        _ => Year.ToString("D4", CultureInfo.InvariantCulture),
    };
}
