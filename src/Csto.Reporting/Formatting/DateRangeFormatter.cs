using System.Globalization;
using Csto.Domain.Naming;
using NodaTime;

namespace Csto.Reporting.Formatting;

/// <summary>
/// Formats a span of days as Russian and English texts write it, naming the month and year only once when
/// they are shared: «26–27 ноября 2025 года», «30 ноября – 2 декабря 2025 года»,
/// «30 декабря 2025 года – 2 января 2026 года». Days are joined by an en dash without spaces; full dates by an
/// en dash with a no-break space before it and a space after it. A one-day span is a single date.
/// </summary>
public static class DateRangeFormatter
{
    /// <summary>The Russian form of the span from <paramref name="start"/> to <paramref name="end"/> inclusive.</summary>
    /// <exception cref="ArgumentException">The end is earlier than the start.</exception>
    public static string Russian(LocalDate start, LocalDate end)
    {
        Check(start, end);
        if (start == end)
        {
            return DateFormatter.Long(start);
        }
        if (start.Year == end.Year && start.Month == end.Month)
        {
            return string.Create(CultureInfo.InvariantCulture,
                $"{start.Day}{TypographicChars.EnDash}{end.Day}{TypographicChars.NoBreakSpace}{RussianMonths.Name(end.Month, GrammaticalCase.Genitive)} {DateFormatter.Year(end.Year)}");
        }
        return start.Year == end.Year
            ? DateFormatter.DayMonth(start) + TypographicChars.RangeSeparator + DateFormatter.Long(end)
            : DateFormatter.Long(start) + TypographicChars.RangeSeparator + DateFormatter.Long(end);
    }

    /// <summary>The Russian form of an interval: <see cref="Russian(LocalDate, LocalDate)"/> of its start and end.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="interval"/> is null.</exception>
    public static string Russian(DateInterval interval)
    {
        ArgumentNullException.ThrowIfNull(interval);
        return Russian(interval.Start, interval.End);
    }

    /// <summary>The English form: «26–27 November 2025», «30 November – 2 December 2025», «30 December 2025 – 2 January 2026».</summary>
    /// <exception cref="ArgumentException">The end is earlier than the start.</exception>
    public static string English(LocalDate start, LocalDate end)
    {
        Check(start, end);
        if (start == end)
        {
            return DateFormatter.English(start);
        }
        if (start.Year == end.Year && start.Month == end.Month)
        {
            return string.Create(CultureInfo.InvariantCulture,
                $"{start.Day}{TypographicChars.EnDash}{end.Day}{TypographicChars.NoBreakSpace}{RussianMonths.EnglishName(end.Month)} {end.Year}");
        }
        return start.Year == end.Year
            ? DateFormatter.EnglishDayMonth(start) + TypographicChars.RangeSeparator + DateFormatter.English(end)
            : DateFormatter.English(start) + TypographicChars.RangeSeparator + DateFormatter.English(end);
    }

    /// <summary>The English form of an interval.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="interval"/> is null.</exception>
    public static string English(DateInterval interval)
    {
        ArgumentNullException.ThrowIfNull(interval);
        return English(interval.Start, interval.End);
    }

    /// <summary>
    /// The years a span covers, in Russian: «2025 год» for one year, «2023–2025 годы» for several.
    /// </summary>
    /// <exception cref="ArgumentException">The end is earlier than the start.</exception>
    public static string RussianYears(LocalDate start, LocalDate end)
    {
        Check(start, end);
        return start.Year == end.Year
            ? string.Create(CultureInfo.InvariantCulture, $"{start.Year}{TypographicChars.NoBreakSpace}год")
            : string.Create(CultureInfo.InvariantCulture, $"{start.Year}{TypographicChars.EnDash}{end.Year}{TypographicChars.NoBreakSpace}годы");
    }

    /// <summary>The years a span covers, in English: «2025» or «2023–2025».</summary>
    /// <exception cref="ArgumentException">The end is earlier than the start.</exception>
    public static string EnglishYears(LocalDate start, LocalDate end)
    {
        Check(start, end);
        return start.Year == end.Year
            ? start.Year.ToString(CultureInfo.InvariantCulture)
            : string.Create(CultureInfo.InvariantCulture, $"{start.Year}{TypographicChars.EnDash}{end.Year}");
    }

    private static string Iso(LocalDate date) => date.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture);

    private static void Check(LocalDate start, LocalDate end)
    {
        if (start.Calendar != CalendarSystem.Iso || end.Calendar != CalendarSystem.Iso)
        {
            throw new ArgumentException("Dates must be in the ISO calendar.", nameof(start));
        }
        if (end < start)
        {
            throw new ArgumentException($"The end date {Iso(end)} must not be earlier than the start date {Iso(start)}.", nameof(end));
        }
    }
}
