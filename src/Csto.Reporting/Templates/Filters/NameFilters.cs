using Csto.Domain.Naming;
using Fluid;
using Fluid.Values;

namespace Csto.Reporting.Templates.Filters;

/// <summary>
/// Case forms (<c>nominative</c> … <c>prepositional</c>, and <c>case: "gen"</c>), <c>en</c>, <c>abbr</c>,
/// <c>abbr_en</c>, and <c>state</c>/<c>body</c>/<c>partner</c>/<c>person</c>/<c>post</c> (catalog id → object). Lists are mapped item by item.
/// </summary>
internal static class NameFilters
{
    public static void Register(FilterCollection filters, NameResolver names)
    {
        foreach (var grammaticalCase in Enum.GetValues<GrammaticalCase>())
        {
            var filter = grammaticalCase.ToString().ToLowerInvariant();
            filters.AddFilter(filter, (input, _, context) =>
                ValueTask.FromResult(FilterValues.Map(input, context, item => new StringValue(names.Russian(filter, item)[grammaticalCase]))));
        }
        filters.AddFilter("case", (input, arguments, context) =>
        {
            var grammaticalCase = FilterValues.Case("case", arguments.At(0).ToStringValue());
            return ValueTask.FromResult(FilterValues.Map(input, context, item => new StringValue(names.Russian("case", item)[grammaticalCase])));
        });
        filters.AddFilter("en", (input, _, context) =>
            ValueTask.FromResult(FilterValues.Map(input, context, item => new StringValue(names.English("en", item)))));
        filters.AddFilter("abbr", (input, _, context) =>
            ValueTask.FromResult(FilterValues.Map(input, context, item =>
            {
                var name = names.Resolve("abbr", item);
                return new StringValue(name.Abbreviation ?? name.Russian.Nominative);
            })));
        filters.AddFilter("abbr_en", (input, _, context) =>
            ValueTask.FromResult(FilterValues.Map(input, context, item =>
            {
                var name = names.Resolve("abbr_en", item);
                return new StringValue(name.EnglishAbbreviation ?? names.English("abbr_en", item));
            })));
        foreach (var kind in new[] { "state", "body", "partner", "person", "post", "activity", "force" })
        {
            filters.AddFilter(kind, (input, _, context) =>
                ValueTask.FromResult(FilterValues.Map(input, context, item => Lookup(names.Catalog, kind, item, context))));
        }
    }

    private static FluidValue Lookup(ICatalogLookup catalog, string kind, FluidValue item, TemplateContext context)
    {
        var id = item.ToStringValue();
        var entry = catalog.Find(kind, id)
            ?? throw FilterValues.Fail(kind, $"there is no {kind} '{id}' in the catalog; {kind} ids: {string.Join(", ", catalog.Ids(kind))}.");
        return FluidValue.Create(entry, context.Options);
    }
}
