using Csto.Domain.Catalog;
using Csto.Domain.Naming;
using Csto.Domain.Validation;
using NodaTime;

namespace Csto.Domain.Events;

/// <summary>The delegation of one member state, by ISO alpha-2 code. Validation checks membership on the event's date.</summary>
public sealed record StateDelegation : Participant
{
    /// <summary>Creates a delegation.</summary>
    /// <param name="stateId">The member state's ISO alpha-2 code.</param>
    /// <param name="role">How the delegation appears («делегация Министерства обороны»), written out, or null.</param>
    /// <param name="roleId">How it appears, as an id of the catalog's role vocabulary, or null.</param>
    public StateDelegation(string stateId, Name? role = null, string? roleId = null)
        : base(role, roleId) => StateId = Guard.Id(stateId, nameof(stateId), "The state id of a delegation");

    /// <summary>The member state's ISO alpha-2 code.</summary>
    public string StateId { get; }

    internal override void Validate(ValidationScope scope, CstoCatalog catalog, LocalDate? date, string what)
    {
        CatalogChecks.MemberState(scope.At("stateId"), catalog, StateId, date, what);
        ValidateRole(scope, catalog);
    }
}
