namespace Archive.Loading;

public enum DatePrecision
{
    Year,
    Month,
    Day,
}
