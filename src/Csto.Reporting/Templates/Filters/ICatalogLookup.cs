using Csto.Domain.Events;
using Csto.Domain.People;

namespace Csto.Reporting.Templates.Filters;

/// <summary>Looks up catalog entries by id for the filters.</summary>
internal interface ICatalogLookup
{
    /// <summary>The name of the state, body, partner, person or post with this id; null when none has it.</summary>
    ResolvedName? FindName(string id);

    /// <summary>The entry of a kind (<c>state</c>, <c>body</c>, <c>partner</c>, <c>person</c>, <c>post</c>) with this id; null when there is none.</summary>
    object? Find(string kind, string id);

    /// <summary>The ids of a kind, for error messages.</summary>
    IEnumerable<string> Ids(string kind);

    /// <summary>The official with catalog ids resolved, acting when the catalog's terms make them so on <paramref name="date"/>.</summary>
    Official Resolve(OfficialParticipant participant, NodaTime.LocalDate? date);
}
