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
    /// <param name="role">How it appears («сотрудники»), or null.</param>
    public BodyParticipant(string bodyId, Name? role = null)
        : base(role) => BodyId = Guard.Id(bodyId, nameof(bodyId), "The body id of a participant");

    /// <summary>The body's catalog id.</summary>
    public string BodyId { get; }

    internal override void Validate(ValidationScope scope, CstoCatalog catalog, LocalDate? date, string what) =>
        CatalogChecks.Body(scope.At("bodyId"), catalog, BodyId, date, what);
}
