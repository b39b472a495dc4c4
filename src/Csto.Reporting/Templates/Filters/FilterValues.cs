using System.Globalization;
using Csto.Domain.Naming;
using Csto.Reporting.Formatting;
using Csto.Reporting.Templates.Liquid;
using Fluid;
using Fluid.Values;
using NodaTime;
using NodaTime.Text;

namespace Csto.Reporting.Templates.Filters;

/// <summary>Reads filter inputs and arguments; every failure names the filter and what it expected.</summary>
internal static class FilterValues
{
    public static TemplateRuntimeException Fail(string filter, string message) =>
        new(TemplateRuntimeException.TokenKind.Filter, filter, $"Filter '{filter}': {message}");

    /// <summary>Whether the input is a list (an array), whose items a filter maps one by one.</summary>
    public static bool IsList(FluidValue input) => input is ArrayValue;

    public static IEnumerable<FluidValue> Items(FluidValue input, TemplateContext context) =>
        input is ArrayValue array ? array.Values : input.Enumerate(context);

    /// <summary>Applies <paramref name="map"/> to the input, or to each item when the input is a list.</summary>
    public static FluidValue Map(FluidValue input, TemplateContext context, Func<FluidValue, FluidValue> map) =>
        IsList(input) ? new ArrayValue([.. Items(input, context).Select(map)]) : map(input);

    public static LocalDate Date(string filter, FluidValue value)
    {
        switch (value)
        {
            case LocalDateValue date:
                return date.Date;
            case StringValue text when LocalDatePattern.Iso.Parse(text.ToStringValue()) is { Success: true } parsed:
                return parsed.Value;
            default:
                if (value.ToObjectValue() is LocalDate local)
                {
                    return local;
                }
                throw Fail(filter, $"expected a date (or an ISO date text such as 2025-12-03); got {Describe(value)}.");
        }
    }

    public static DateInterval Interval(string filter, FluidValue value) =>
        value is DateIntervalValue interval ? interval.Interval
        : value.ToObjectValue() as DateInterval
        ?? throw Fail(filter, $"expected a date interval (or a start date with the end date as argument); got {Describe(value)}.");

    public static GrammaticalCase Case(string filter, string code) => code.Trim().ToLowerInvariant() switch
    {
        "nom" or "nominative" or "им" => GrammaticalCase.Nominative,
        "gen" or "genitive" or "род" => GrammaticalCase.Genitive,
        "dat" or "dative" or "дат" => GrammaticalCase.Dative,
        "acc" or "accusative" or "вин" => GrammaticalCase.Accusative,
        "ins" or "instr" or "instrumental" or "тв" => GrammaticalCase.Instrumental,
        "prep" or "prepositional" or "пр" => GrammaticalCase.Prepositional,
        _ => throw Fail(filter, $"unknown case '{code}'; expected nom, gen, dat, acc, ins or prep."),
    };

    public static Gender Gender(string filter, string code) => code.Trim().ToLowerInvariant() switch
    {
        "m" or "masc" or "masculine" => Formatting.Gender.Masculine,
        "f" or "fem" or "feminine" => Formatting.Gender.Feminine,
        "n" or "neut" or "neuter" => Formatting.Gender.Neuter,
        "pl" or "plural" => Formatting.Gender.Plural,
        _ => throw Fail(filter, $"unknown gender '{code}'; expected m, f, n or pl."),
    };

    public static int PositiveInteger(string filter, FluidValue value)
    {
        var number = value.ToNumberValue();
        return number >= 1 && number <= int.MaxValue && number == decimal.Truncate(number)
            ? (int)number
            : throw Fail(filter, $"expected a whole number of 1 or more; got {Describe(value)}.");
    }

    public static string Describe(FluidValue value) => value switch
    {
        NilValue or null => "nothing (nil)",
        StringValue text => $"the text \"{text.ToStringValue()}\"",
        NumberValue number => "the number " + number.ToNumberValue().ToString(CultureInfo.InvariantCulture),
        ArrayValue => "a list",
        BooleanValue boolean => boolean.ToBooleanValue() ? "true" : "false",
        _ => value.ToObjectValue() switch
        {
            NodaTime.LocalDate date => "the date " + NodaTime.Text.LocalDatePattern.Iso.Format(date),
            NodaTime.DateInterval period => $"the period {NodaTime.Text.LocalDatePattern.Iso.Format(period.Start)} to {NodaTime.Text.LocalDatePattern.Iso.Format(period.End)}",
            null => "nothing (nil)",
            // A record or a part of one, named as templates name it (snake_case), not as a .NET type.
            var other => $"an object ({Liquid.LiquidSandbox.SnakeCase(other.GetType().Name)})",
        },
    };
}
