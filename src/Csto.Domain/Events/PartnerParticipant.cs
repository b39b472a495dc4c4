using Csto.Domain.Catalog;
using Csto.Domain.Naming;
using Csto.Domain.Validation;
using NodaTime;

namespace Csto.Domain.Events;

/// <summary>A partner organisation by catalog id, such as <c>unoct</c>.</summary>
public sealed record PartnerParticipant : Participant
{
    /// <summary>Creates the participant.</summary>
    /// <param name="partnerId">The partner's catalog id.</param>
    /// <param name="role">How it appears («представители»), written out, or null.</param>
    /// <param name="roleId">How it appears, as an id of the catalog's role vocabulary, or null.</param>
    public PartnerParticipant(string partnerId, Name? role = null, string? roleId = null)
        : base(role, roleId) => PartnerId = Guard.Id(partnerId, nameof(partnerId), "The partner id of a participant");

    /// <summary>The partner's catalog id.</summary>
    public string PartnerId { get; }

    internal override void Validate(ValidationScope scope, CstoCatalog catalog, LocalDate? date, string what)
    {
        CatalogChecks.Partner(scope.At("partnerId"), catalog, PartnerId);
        ValidateRole(scope, catalog);
    }
}
