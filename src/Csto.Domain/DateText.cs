using System.Globalization;
using NodaTime;
using NodaTime.Text;

namespace Csto.Domain;

/// <summary>Culture-independent date texts for messages.</summary>
internal static class DateText
{
    private static readonly LocalDatePattern EnglishPattern = LocalDatePattern.Create("d MMM uuuu", CultureInfo.InvariantCulture);

    /// <summary>ISO form, <c>2025-12-03</c>.</summary>
    public static string Iso(LocalDate date) => LocalDatePattern.Iso.Format(date);

    /// <summary>Short English form for messages, <c>3 Dec 2025</c>.</summary>
    public static string English(LocalDate date) => EnglishPattern.Format(date);

    /// <summary>Short English form of a partial date: <c>19 Dec 2012</c>, <c>Nov 2018</c> or <c>1993</c>.</summary>
    public static string English(PartialDate date) => (date.Month, date.Day) switch
    {
        (null, _) => date.Year.ToString("D4", CultureInfo.InvariantCulture),
        (_, null) => LocalDatePattern.Create("MMM uuuu", CultureInfo.InvariantCulture).Format(date.Earliest),
        _ => English(date.Earliest),
    };
}
