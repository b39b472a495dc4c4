using Csto.Reporting.Formatting;
using Fluid;
using Fluid.Values;

namespace Csto.Reporting.Templates.Filters;

/// <summary>
/// <c>join_and</c> («Армении, Беларуси и Казахстана»; with a case argument the items are names put in that
/// case first: <c>join_and: "gen"</c>) and <c>join_and_en</c> («Armenia, Belarus and Kazakhstan»; names are
/// put in English).
/// </summary>
internal static class ListFilters
{
    public static void Register(FilterCollection filters, NameResolver names)
    {
        filters.AddFilter("join_and", (input, arguments, context) =>
        {
            var items = List("join_and", input, context);
            IEnumerable<string> texts;
            if (arguments.Count > 0)
            {
                var grammaticalCase = FilterValues.Case("join_and", arguments.At(0).ToStringValue());
                texts = items.Select(item => names.Russian("join_and", item)[grammaticalCase]);
            }
            else
            {
                texts = items.Select(item => Text("join_and", item, names, english: false));
            }
            return ValueTask.FromResult<FluidValue>(new StringValue(ListFormatter.Russian(texts)));
        });
        filters.AddFilter("join_and_en", (input, _, context) =>
        {
            var texts = List("join_and_en", input, context).Select(item => Text("join_and_en", item, names, english: true));
            return ValueTask.FromResult<FluidValue>(new StringValue(ListFormatter.English(texts)));
        });
    }

    private static List<FluidValue> List(string filter, FluidValue input, TemplateContext context) =>
        input switch
        {
            ArrayValue array => [.. array.Values],
            NilValue => [],
            _ => throw FilterValues.Fail(filter, $"expected a list; got {FilterValues.Describe(input)}."),
        };

    /// <summary>Texts stay as they are; catalog ids, names and named objects give their nominative (or English) form.</summary>
    private static string Text(string filter, FluidValue item, NameResolver names, bool english)
    {
        if (item is StringValue text && names.Catalog.FindName(text.ToStringValue()) is null)
        {
            var value = text.ToStringValue();
            return value.Length > 0 ? value : throw FilterValues.Fail(filter, "a list item is empty.");
        }
        return english ? names.English(filter, item) : names.Russian(filter, item).Nominative;
    }
}
