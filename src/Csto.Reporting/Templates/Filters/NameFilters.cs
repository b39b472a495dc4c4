using Csto.Domain.Naming;
using Fluid;
using Fluid.Values;

namespace Csto.Reporting.Templates.Filters;

/// <summary>
/// Case forms (<c>nominative</c> … <c>prepositional</c>, and <c>case: "gen"</c>), <c>en</c>, <c>abbr</c>,
/// <c>abbr_en</c>, and <c>state</c>/<c>body</c>/<c>partner</c>/<c>person</c>/<c>post</c> (catalog id → object). Lists are mapped item by item.
/// <c>office</c> gives the office a holder is named by on a date, acting when the catalog's terms make them so:
/// <c>"secretary-general" | office: model.secretary_general_id, model.session_date</c> or
/// <c>signatory | office: model.date</c> (a permanent representative's office names the signatory's state); its result takes the case filters and <c>en</c>.
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
        filters.AddFilter("office", (input, arguments, context) => ValueTask.FromResult(Office(names.Catalog, input, arguments, context)));
        foreach (var kind in new[] { "state", "body", "partner", "person", "post", "activity", "force" })
        {
            filters.AddFilter(kind, (input, _, context) =>
                ValueTask.FromResult(FilterValues.Map(input, context, item => Lookup(names.Catalog, kind, item, context))));
        }
    }

    /// <summary>
    /// <c>signatory | office: DATE</c> or <c>POST_ID | office: PERSON_ID, DATE, STATE_ID</c> (the person and the date
    /// may be nil; the state, which a post of a state such as a permanent representative names, may be left out):
    /// the office as a <see cref="Name"/>.
    /// </summary>
    private static FluidValue Office(ICatalogLookup catalog, FluidValue input, FilterArguments arguments, TemplateContext context)
    {
        NodaTime.LocalDate? DateAt(int index) =>
            arguments.Count > index && !arguments.At(index).IsNil() ? FilterValues.Date("office", arguments.At(index)) : null;
        Name? office;
        switch (input.ToObjectValue())
        {
            case Csto.Domain.Documents.Signatory signatory:
                office = catalog.OfficeOn(signatory, DateAt(0))
                    ?? throw FilterValues.Fail("office", $"there is no post '{signatory.PostId}' in the catalog; post ids: {string.Join(", ", catalog.Ids("post"))}.");
                break;
            case string postId when input is StringValue:
                var personId = arguments.Count > 0 && !arguments.At(0).IsNil() ? arguments.At(0).ToStringValue() : null;
                if (personId is not null && catalog.Find("person", personId) is null)
                {
                    throw FilterValues.Fail("office", $"there is no person '{personId}' in the catalog; person ids: {string.Join(", ", catalog.Ids("person"))}.");
                }
                var stateId = arguments.Count > 2 && !arguments.At(2).IsNil() ? arguments.At(2).ToStringValue() : null;
                if (stateId is not null && catalog.Find("state", stateId) is null)
                {
                    throw FilterValues.Fail("office", $"there is no state '{stateId}' in the catalog; state ids: {string.Join(", ", catalog.Ids("state"))}.");
                }
                office = catalog.OfficeOn(postId, personId, DateAt(1), stateId)
                    ?? throw FilterValues.Fail("office", $"there is no post '{postId}' in the catalog; post ids: {string.Join(", ", catalog.Ids("post"))}.");
                break;
            default:
                throw FilterValues.Fail("office", $"expected a signatory or a post id; got {FilterValues.Describe(input)}.");
        }
        return FluidValue.Create(office, context.Options);
    }

    private static FluidValue Lookup(ICatalogLookup catalog, string kind, FluidValue item, TemplateContext context)
    {
        var id = item.ToStringValue();
        var entry = catalog.Find(kind, id)
            ?? throw FilterValues.Fail(kind, $"there is no {kind} '{id}' in the catalog; {kind} ids: {string.Join(", ", catalog.Ids(kind))}.");
        return FluidValue.Create(entry, context.Options);
    }
}
