using Fluid;

namespace Csto.Reporting.Templates.Filters;

/// <summary>Registers every domain filter in one place.</summary>
internal static class DomainFilters
{
    /// <summary>The names of the domain filters, for documentation and error messages.</summary>
    public static IReadOnlyList<string> Names { get; } =
    [
        "nominative", "genitive", "dative", "accusative", "instrumental", "prepositional", "case", "en", "abbr", "abbr_en",
        "state", "body", "partner", "activity", "force", "participants", "participants_en",
        "date_long", "date_numeric", "date_en", "date_range", "date_range_en", "date_span_en", "years", "years_en",
        "ordinal", "ordinal_en", "number", "number_en", "join_and", "join_and_en",
        "md", "undated", "officials", "without_officials", "chart", "office",
    ];

    public static void Register(FilterCollection filters, ICatalogLookup catalog)
    {
        var names = new NameResolver(catalog);
        NameFilters.Register(filters, names);
        DateFilters.Register(filters);
        EnglishDateSpanFilters.Register(filters);
        NumberFilters.Register(filters);
        ListFilters.Register(filters, names);
        ParticipantFilters.Register(filters, names);
        TextFilters.Register(filters);
        ChartFilters.Register(filters);
    }
}
