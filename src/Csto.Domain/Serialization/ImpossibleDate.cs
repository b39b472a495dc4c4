using System.Globalization;
using System.Text.RegularExpressions;

namespace Csto.Domain.Serialization;

/// <summary>Why a text in the form of an ISO date is not a date, in the reader's terms.</summary>
internal static partial class ImpossibleDate
{
    /// <summary>
    /// For a text of the form <c>YYYY-MM-DD</c> whose month exists but whose day does not in that month
    /// (<c>2025-02-30</c>): «February 2025 has no day 30 (it has 28 days)»; null for any other text.
    /// </summary>
    public static string? MissingDay(string text)
    {
        if (IsoForm().Match(text) is not { Success: true } match)
        {
            return null;
        }
        var year = int.Parse(match.Groups["year"].ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture);
        var month = int.Parse(match.Groups["month"].ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture);
        var day = int.Parse(match.Groups["day"].ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture);
        if (year < 1 || month is < 1 or > 12 || day < 1)
        {
            return null;
        }
        var days = DateTime.DaysInMonth(year, month);
        return day > days
            ? string.Create(CultureInfo.InvariantCulture, $"{CultureInfo.InvariantCulture.DateTimeFormat.GetMonthName(month)} {year:0000} has no day {day} (it has {days} days)")
            : null;
    }

    [GeneratedRegex("^(?<year>[0-9]{4})-(?<month>[0-9]{2})-(?<day>[0-9]{2})$", RegexOptions.CultureInvariant)]
    private static partial Regex IsoForm();
}
