using Csto.Domain.Catalog;
using Csto.Domain.Naming;
using Csto.Domain.Validation;
using NodaTime;

namespace Csto.Domain.Events;

/// <summary>A CSTO body (the Secretariat, the CFM, a working group) by catalog id.</summary>
public sealed record BodyParticipant : Participant
{
    /// <summary>Creates the participant.</summary>
    /// <param name="bodyId">The body's catalog id, such as <c>secretariat</c>.</param>
    /// <param name="role">How it appears («сотрудники»), written out, or null.</param>
    /// <param name="roleId">How it appears, as an id of the catalog's role vocabulary, or null.</param>
    public BodyParticipant(string bodyId, Name? role = null, string? roleId = null)
        : base(role, roleId) => BodyId = Guard.Id(bodyId, nameof(bodyId), "The body id of a participant");

    /// <summary>The body's catalog id.</summary>
    public string BodyId { get; }

    internal override void Validate(ValidationScope scope, CstoCatalog catalog, LocalDate? date, string what)
    {
        CatalogChecks.Body(scope.At("bodyId"), catalog, BodyId, date, what);
        ValidateRole(scope, catalog);
    }
}
