using Csto.Domain.Documents;
using Csto.Domain.Events;
using Csto.Domain.Naming;
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

    /// <summary>A post's name as the person is named in it on <paramref name="date"/> (acting or not, with the state for a post of a state); null when the post is not in the catalog.</summary>
    Name? OfficeOn(string postId, string? personId, NodaTime.LocalDate? date, string? stateId);

    /// <summary>A signatory's office on <paramref name="date"/>: written out, or its catalog post's (acting or not); null when the post is not in the catalog.</summary>
    Name? OfficeOn(Signatory signatory, NodaTime.LocalDate? date);
}
