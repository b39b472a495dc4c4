using System.Globalization;
using System.Text.Encodings.Web;
using Fluid;
using Fluid.Values;
using NodaTime;

namespace Csto.Reporting.Templates.Liquid;

/// <summary>
/// A <see cref="LocalDate"/> in a template: members <c>year</c>, <c>month</c>, <c>day</c>; printed as ISO
/// (<c>2025-12-03</c>) so output never depends on a culture. Templates format dates with the date filters.
/// </summary>
internal sealed class LocalDateValue(LocalDate date) : ObjectValueBase(date)
{
    public LocalDate Date { get; } = date;

    public override string ToStringValue() => Date.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>Fluid's compiled property accessors do not work on boxed structs, so the members are served here.</summary>
    public override ValueTask<FluidValue> GetValueAsync(string name, TemplateContext context) => name switch
    {
        "year" => new(NumberValue.Create(Date.Year)),
        "month" => new(NumberValue.Create(Date.Month)),
        "day" => new(NumberValue.Create(Date.Day)),
        _ => throw new TemplateRuntimeException(TemplateRuntimeException.TokenKind.Name, name,
            $"Undefined name '{name}': a date has only year, month and day."),
    };

    public override ValueTask WriteToAsync(TextWriter writer, TextEncoder encoder, CultureInfo cultureInfo) =>
        new(writer.WriteAsync(encoder.Encode(ToStringValue())));
}

/// <summary>
/// A <see cref="DateInterval"/> in a template: members <c>start</c> and <c>end</c>; printed as
/// <c>2025-11-26/2025-11-27</c>.
/// </summary>
internal sealed class DateIntervalValue(DateInterval interval) : ObjectValueBase(interval)
{
    public DateInterval Interval { get; } = interval;

    public override string ToStringValue() =>
        Interval.Start.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture) + "/" + Interval.End.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture);

    public override ValueTask WriteToAsync(TextWriter writer, TextEncoder encoder, CultureInfo cultureInfo) =>
        new(writer.WriteAsync(encoder.Encode(ToStringValue())));
}
