using Csto.Domain.Naming;
using Fluid.Values;

namespace Csto.Reporting.Templates.Filters;

/// <summary>
/// Turns a template value into a <see cref="Name"/> or <see cref="RussianName"/>: a name itself, a catalog id
/// text (state, body or partner), or a domain object that has a name (its <c>Name</c> property).
/// </summary>
internal sealed class NameResolver(ICatalogLookup catalog)
{
    public ICatalogLookup Catalog { get; } = catalog;

    /// <summary>The Russian name with cases.</summary>
    public RussianName Russian(string filter, FluidValue value) => Resolve(filter, value) switch
    {
        Name name => name.Russian,
        RussianName russian => russian,
        _ => throw new InvalidOperationException("A resolved name is a Name or a RussianName."),
    };

    /// <summary>The full name (with English and abbreviations); a bare Russian name has none.</summary>
    public Name Full(string filter, FluidValue value) => Resolve(filter, value) switch
    {
        Name name => name,
        _ => throw FilterValues.Fail(filter, $"{FilterValues.Describe(value)} has only a Russian name; an English name or abbreviation is not known."),
    };

    private object Resolve(string filter, FluidValue value)
    {
        var raw = value.ToObjectValue();
        switch (raw)
        {
            case Name or RussianName:
                return raw;
            case string id when value is StringValue:
                return Catalog.FindName(id)
                    ?? throw FilterValues.Fail(filter, $"'{id}' is not an id of the catalog (a state, body or partner); ids are such as 'kg', 'csc', 'unoct'.");
            case null:
                throw FilterValues.Fail(filter, "expected a name, a catalog id or an object with a name; got nothing (nil).");
            default:
                return NameOf(raw) ?? throw FilterValues.Fail(filter, $"expected a name, a catalog id or an object with a name; got {FilterValues.Describe(value)}.");
        }
    }

    /// <summary>The name a domain object carries: a <c>Name</c> property of type Name or RussianName.</summary>
    public static object? NameOf(object item)
    {
        var property = item.GetType().GetProperty("Name");
        return property?.GetValue(item) is { } value and (Name or RussianName) ? value : null;
    }
}

/// <summary>Looks up catalog entries by id for the filters.</summary>
internal interface ICatalogLookup
{
    /// <summary>The name of the state, body or partner with this id; null when none has it.</summary>
    Name? FindName(string id);

    /// <summary>The entry of a kind (<c>state</c>, <c>body</c>, <c>partner</c>) with this id; null when there is none.</summary>
    object? Find(string kind, string id);

    /// <summary>The ids of a kind, for error messages.</summary>
    IEnumerable<string> Ids(string kind);
}
