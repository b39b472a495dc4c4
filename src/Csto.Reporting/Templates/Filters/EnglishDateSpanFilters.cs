using Csto.Reporting.Formatting;
using Fluid;
using Fluid.Values;
using NodaTime;

namespace Csto.Reporting.Templates.Filters;

/// <summary>
/// <c>date_span_en</c> writes the days of an event as an English sentence places them, with its preposition:
/// one day «on 3 December 2025»; two consecutive days «on 26 and 27 November 2025», «on 30 November and 1 December
/// 2025»; a longer span «from 24 to 28 November 2025», «from 30 November to 2 December 2025», «from 30 December
/// 2025 to 2 January 2026» — never «on 30 November – 1 December 2025» nor «from 26 to 27 November». The input is a
/// date interval (an event's <c>dates</c>) or a single date.
/// </summary>
internal static class EnglishDateSpanFilters
{
    public static void Register(FilterCollection filters) =>
        filters.AddFilter("date_span_en", (input, _, _) =>
        {
            var interval = input.ToObjectValue() is LocalDate day
                ? new DateInterval(day, day)
                : FilterValues.Interval("date_span_en", input);
            return ValueTask.FromResult<FluidValue>(new StringValue(Span(interval.Start, interval.End)));
        });

    /// <summary>The span with its preposition.</summary>
    public static string Span(LocalDate start, LocalDate end)
    {
        if (start == end)
        {
            return "on " + DateFormatter.English(start);
        }
        var first = start.Year != end.Year ? DateFormatter.English(start)
            : start.Month != end.Month ? DateFormatter.EnglishDayMonth(start)
            : start.Day.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return end == start.PlusDays(1)
            ? $"on {first} and {DateFormatter.English(end)}"
            : $"from {first} to {DateFormatter.English(end)}";
    }
}
