using Fluid;

namespace Csto.Reporting.Templates.Filters;

/// <summary>Registers every domain filter in one place.</summary>
internal static class DomainFilters
{
    public static void Register(FilterCollection filters, ICatalogLookup catalog)
    {
        var names = new NameResolver(catalog);
        NameFilters.Register(filters, names);
        DateFilters.Register(filters);
        NumberFilters.Register(filters);
        ListFilters.Register(filters, names);
    }
}
