using Csto.Domain.Catalog;
using Csto.Domain.Naming;
using Csto.Domain.Validation;
using NodaTime;

namespace Csto.Domain.Events;

/// <summary>
/// An organisation that is not in the catalog, named in full in the data (such as a national research
/// institute that hosts a conference).
/// </summary>
public sealed record OrganizationParticipant : Participant
{
    /// <summary>Creates the participant.</summary>
    /// <param name="name">The organisation's name in every case.</param>
    /// <param name="stateId">The ISO alpha-2 code of its state, when national; must be in the catalog.</param>
    /// <param name="role">How it appears («представители»), written out, or null.</param>
    /// <param name="roleId">How it appears, as an id of the catalog's role vocabulary, or null.</param>
    public OrganizationParticipant(Name name, string? stateId = null, Name? role = null, string? roleId = null)
        : base(role, roleId)
    {
        Name = name ?? throw new ArgumentNullException(nameof(name));
        StateId = Guard.OptionalId(stateId, nameof(stateId), "The state id of an organisation");
    }

    /// <summary>The organisation's name.</summary>
    public Name Name { get; }

    /// <summary>The ISO alpha-2 code of its state, or null.</summary>
    public string? StateId { get; }

    internal override void Validate(ValidationScope scope, CstoCatalog catalog, LocalDate? date, string what)
    {
        if (StateId is not null)
        {
            CatalogChecks.KnownState(scope.At("stateId"), catalog, StateId);
        }
        ValidateRole(scope, catalog);
    }
}
