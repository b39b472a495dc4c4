using System.Globalization;
using Csto.Domain.Naming;
using NodaTime;

namespace Csto.Reporting.Formatting;

/// <summary>
/// Formats dates the way Russian official texts and English translations write them. A number and the word
/// after it are bound by a no-break space: «3 декабря 2025 года» is <c>"3\u00A0декабря 2025\u00A0года"</c>.
/// </summary>
public static class DateFormatter
{
    /// <summary>The long Russian form: «3 декабря 2025 года».</summary>
    public static string Long(LocalDate date) =>
        string.Create(CultureInfo.InvariantCulture, $"{DayMonth(date)} {Year(date.Year)}");

    /// <summary>The Russian day and month without the year: «3 декабря».</summary>
    public static string DayMonth(LocalDate date) =>
        string.Create(CultureInfo.InvariantCulture, $"{date.Day}{TypographicChars.NoBreakSpace}{RussianMonths.Name(date.Month, GrammaticalCase.Genitive)}");

    /// <summary>The numeric form of ГОСТ Р 7.0.97: «03.12.2025».</summary>
    public static string Numeric(LocalDate date) =>
        string.Create(CultureInfo.InvariantCulture, $"{date.Day:00}.{date.Month:00}.{date.Year:0000}");

    /// <summary>The English form: «3 December 2025».</summary>
    public static string English(LocalDate date) =>
        string.Create(CultureInfo.InvariantCulture, $"{EnglishDayMonth(date)} {date.Year}");

    /// <summary>The English day and month without the year: «3 December».</summary>
    public static string EnglishDayMonth(LocalDate date) =>
        string.Create(CultureInfo.InvariantCulture, $"{date.Day}{TypographicChars.NoBreakSpace}{RussianMonths.EnglishName(date.Month)}");

    /// <summary>A year with «года»: «2025 года» (as in «3 декабря 2025 года»).</summary>
    public static string Year(int year) =>
        string.Create(CultureInfo.InvariantCulture, $"{year}{TypographicChars.NoBreakSpace}года");

    /// <summary>A month and year in the prepositional case, as after «в»: «ноябре 2025 года».</summary>
    public static string MonthYearPrepositional(LocalDate date) =>
        string.Create(CultureInfo.InvariantCulture, $"{RussianMonths.Name(date.Month, GrammaticalCase.Prepositional)} {Year(date.Year)}");
}
