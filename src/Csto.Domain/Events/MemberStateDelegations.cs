using Csto.Domain.Catalog;
using Csto.Domain.Naming;
using Csto.Domain.Validation;
using NodaTime;

namespace Csto.Domain.Events;

/// <summary>
/// «Делегации государств – членов»: the member states' delegations as the source names them, without saying
/// which states came. Use <see cref="StateDelegation"/> for each state when the source lists them.
/// </summary>
public sealed record MemberStateDelegations : Participant
{
    /// <summary>Creates the participant.</summary>
    /// <param name="role">How the delegations appear («делегации оборонных ведомств»), written out, or null.</param>
    /// <param name="roleId">How they appear, as an id of the catalog's role vocabulary, or null.</param>
    public MemberStateDelegations(Name? role = null, string? roleId = null)
        : base(role, roleId)
    {
    }

    internal override void Validate(ValidationScope scope, CstoCatalog catalog, LocalDate? date, string what) =>
        ValidateRole(scope, catalog);
}
