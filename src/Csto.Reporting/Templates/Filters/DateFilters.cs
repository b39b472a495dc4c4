using Csto.Reporting.Formatting;
using Fluid;
using Fluid.Values;
using NodaTime;

namespace Csto.Reporting.Templates.Filters;

/// <summary>
/// <c>date_long</c> («3 декабря 2025 года»), <c>date_numeric</c> («03.12.2025»), <c>date_en</c>
/// («3 December 2025»), <c>date_range</c>/<c>date_range_en</c> (on an interval, or a start date with the end as
/// argument), <c>years</c>/<c>years_en</c> («2023–2025 годы»). A date interval given to <c>date_long</c> or
/// <c>date_en</c> is written as a range.
/// </summary>
internal static class DateFilters
{
    public static void Register(FilterCollection filters)
    {
        filters.AddFilter("date_long", (input, _, _) => Text(input.ToObjectValue() is DateInterval
            ? DateRangeFormatter.Russian(FilterValues.Interval("date_long", input))
            : DateFormatter.Long(FilterValues.Date("date_long", input))));
        filters.AddFilter("date_en", (input, _, _) => Text(input.ToObjectValue() is DateInterval
            ? DateRangeFormatter.English(FilterValues.Interval("date_en", input))
            : DateFormatter.English(FilterValues.Date("date_en", input))));
        filters.AddFilter("date_numeric", (input, _, _) => Text(DateFormatter.Numeric(FilterValues.Date("date_numeric", input))));
        filters.AddFilter("date_range", (input, arguments, _) =>
        {
            var (start, end) = Range("date_range", input, arguments);
            return Text(DateRangeFormatter.Russian(start, end));
        });
        filters.AddFilter("date_range_en", (input, arguments, _) =>
        {
            var (start, end) = Range("date_range_en", input, arguments);
            return Text(DateRangeFormatter.English(start, end));
        });
        filters.AddFilter("years", (input, arguments, _) =>
        {
            var (start, end) = Range("years", input, arguments);
            return Text(DateRangeFormatter.RussianYears(start, end));
        });
        filters.AddFilter("years_en", (input, arguments, _) =>
        {
            var (start, end) = Range("years_en", input, arguments);
            return Text(DateRangeFormatter.EnglishYears(start, end));
        });
    }

    private static (LocalDate Start, LocalDate End) Range(string filter, FluidValue input, FilterArguments arguments)
    {
        if (arguments.Count == 0)
        {
            var interval = FilterValues.Interval(filter, input);
            return (interval.Start, interval.End);
        }
        var start = FilterValues.Date(filter, input);
        var end = FilterValues.Date(filter, arguments.At(0));
        if (end < start)
        {
            throw FilterValues.Fail(filter, $"the end date {DateFormatter.Numeric(end)} is earlier than the start date {DateFormatter.Numeric(start)}.");
        }
        return (start, end);
    }

    private static ValueTask<FluidValue> Text(string text) => ValueTask.FromResult<FluidValue>(new StringValue(text));
}
