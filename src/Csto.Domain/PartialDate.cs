using System.Globalization;
using NodaTime;

namespace Csto.Domain;

/// <summary>
/// A date known to the year, the month or the day, as sources often give it («2003», «ноябрь 2018»,
/// «1 января 2023»). ISO text form: <c>2003</c>, <c>2018-11</c>, <c>2023-01-01</c>.
/// </summary>
/// <example>
/// <code>
/// var start = PartialDate.Parse("2018-11");
/// start.Earliest // 2018-11-01
/// start.Latest   // 2018-11-30
/// </code>
/// </example>
public readonly record struct PartialDate
{
    /// <summary>Creates a partial date; a day requires a month, and the parts must form a real date.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A part is out of range.</exception>
    /// <exception cref="ArgumentException">A day is given without a month.</exception>
    public PartialDate(int year, int? month = null, int? day = null)
    {
        if (year is < 1 or > 9999)
        {
            throw new ArgumentOutOfRangeException(nameof(year), year, "The year must be between 1 and 9999.");
        }
        if (month is < 1 or > 12)
        {
            throw new ArgumentOutOfRangeException(nameof(month), month, "The month must be between 1 and 12.");
        }
        if (day is not null && month is null)
        {
            throw new ArgumentException("A day needs a month.", nameof(day));
        }
        if (day is { } d && (d < 1 || d > CalendarSystem.Iso.GetDaysInMonth(year, month!.Value)))
        {
            throw new ArgumentOutOfRangeException(nameof(day), day, $"The day must be within {year:D4}-{month:D2}.");
        }
        Year = year;
        Month = month;
        Day = day;
    }

    /// <summary>The year.</summary>
    public int Year { get; }

    /// <summary>The month (1–12), or null when only the year is known.</summary>
    public int? Month { get; }

    /// <summary>The day of the month, or null when the day is not known.</summary>
    public int? Day { get; }

    /// <summary>True when the day is known.</summary>
    public bool IsExact => Day is not null;

    /// <summary>The first day the date can be.</summary>
    public LocalDate Earliest => new(Year, Month ?? 1, Day ?? 1);

    /// <summary>The last day the date can be.</summary>
    public LocalDate Latest
    {
        get
        {
            var month = Month ?? 12;
            return new LocalDate(Year, month, Day ?? CalendarSystem.Iso.GetDaysInMonth(Year, month));
        }
    }

    /// <summary>An exact date.</summary>
    public static PartialDate FromLocalDate(LocalDate date) => new(date.Year, date.Month, date.Day);

    /// <summary>Parses <c>yyyy</c>, <c>yyyy-MM</c> or <c>yyyy-MM-dd</c>.</summary>
    /// <exception cref="FormatException">The text is not one of the three forms or not a real date.</exception>
    public static PartialDate Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return TryParse(text, out var date)
            ? date
            : throw new FormatException($"\"{text}\" is not a partial date: expected yyyy, yyyy-MM or yyyy-MM-dd, such as \"2018-11\".");
    }

    /// <summary>Parses <c>yyyy</c>, <c>yyyy-MM</c> or <c>yyyy-MM-dd</c>; false when the text is none of them.</summary>
    public static bool TryParse(string? text, out PartialDate date)
    {
        date = default;
        if (text is null || text.Length is not (4 or 7 or 10))
        {
            return false;
        }
        var parts = text.Split('-');
        var numbers = new int[parts.Length];
        for (var i = 0; i < parts.Length; i++)
        {
            var expected = i == 0 ? 4 : 2;
            if (parts[i].Length != expected || !parts[i].All(char.IsAsciiDigit))
            {
                return false;
            }
            numbers[i] = int.Parse(parts[i], NumberStyles.None, CultureInfo.InvariantCulture);
        }
        var month = numbers.Length > 1 ? numbers[1] : (int?)null;
        var day = numbers.Length > 2 ? numbers[2] : (int?)null;
        if (numbers[0] < 1 || month is < 1 or > 12
            || (day is { } d && (d < 1 || d > CalendarSystem.Iso.GetDaysInMonth(numbers[0], month!.Value))))
        {
            return false;
        }
        date = new PartialDate(numbers[0], month, day);
        return true;
    }

    /// <summary>The ISO text form: <c>2003</c>, <c>2018-11</c> or <c>2023-01-01</c>.</summary>
    public override string ToString() => (Month, Day) switch
    {
        (null, _) => Year.ToString("D4", CultureInfo.InvariantCulture),
        (var m, null) => string.Create(CultureInfo.InvariantCulture, $"{Year:D4}-{m:D2}"),
        (var m, var d) => string.Create(CultureInfo.InvariantCulture, $"{Year:D4}-{m:D2}-{d:D2}"),
    };
}
