using Csto.Domain.Naming;
using Csto.Reporting.Formatting;
using Fluid;
using Fluid.Values;

namespace Csto.Reporting.Templates.Filters;

/// <summary>
/// <c>ordinal: "n", "gen"</c> («40-го»; gender m/f/n/pl, case nom/gen/dat/acc/ins/prep, nominative by default),
/// <c>ordinal_en</c> («42nd»), <c>number</c> («12 000», «12,5») and <c>number_en</c> («12,000»).
/// </summary>
internal static class NumberFilters
{
    public static void Register(FilterCollection filters)
    {
        filters.AddFilter("ordinal", (input, arguments, _) =>
        {
            if (arguments.Count == 0)
            {
                throw FilterValues.Fail("ordinal", "needs the gender of the noun: ordinal: \"n\" (m, f, n or pl), and optionally a case: ordinal: \"n\", \"gen\".");
            }
            var number = FilterValues.PositiveInteger("ordinal", input);
            var gender = FilterValues.Gender("ordinal", arguments.At(0).ToStringValue());
            var grammaticalCase = arguments.Count > 1 ? FilterValues.Case("ordinal", arguments.At(1).ToStringValue()) : GrammaticalCase.Nominative;
            return Text(OrdinalFormatter.Russian(number, gender, grammaticalCase));
        });
        filters.AddFilter("ordinal_en", (input, _, _) => Text(OrdinalFormatter.English(FilterValues.PositiveInteger("ordinal_en", input))));
        filters.AddFilter("number", (input, _, _) => Text(Number("number", input, NumberFormatter.Russian)));
        filters.AddFilter("number_en", (input, _, _) => Text(Number("number_en", input, NumberFormatter.English)));
    }

    private static string Number(string filter, FluidValue input, Func<decimal, string> format) =>
        input is NumberValue || (input is StringValue && decimal.TryParse(input.ToStringValue(), System.Globalization.NumberStyles.Number, System.Globalization.CultureInfo.InvariantCulture, out _))
            ? format(input.ToNumberValue())
            : throw FilterValues.Fail(filter, $"expected a number; got {FilterValues.Describe(input)}.");

    private static ValueTask<FluidValue> Text(string text) => ValueTask.FromResult<FluidValue>(new StringValue(text));
}
