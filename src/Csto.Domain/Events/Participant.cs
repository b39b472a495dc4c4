using System.Text.Json.Serialization;
using Csto.Domain.Catalog;
using Csto.Domain.Naming;
using Csto.Domain.Validation;
using NodaTime;

namespace Csto.Domain.Events;

/// <summary>
/// Who takes part in an event, organises it or prepares a document. A closed set of kinds, told apart in
/// JSON by <c>type</c>: <c>stateDelegation</c>, <c>memberStateDelegations</c>, <c>body</c>, <c>partner</c>,
/// <c>organization</c>, <c>official</c>, <c>guests</c>.
/// </summary>
/// <example>
/// <code>
/// { "type": "partner", "partnerId": "unoct", "role": { … «представители» … } }
/// </code>
/// </example>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "type", UnknownDerivedTypeHandling = JsonUnknownDerivedTypeHandling.FailSerialization)]
[JsonDerivedType(typeof(StateDelegation), "stateDelegation")]
[JsonDerivedType(typeof(MemberStateDelegations), "memberStateDelegations")]
[JsonDerivedType(typeof(BodyParticipant), "body")]
[JsonDerivedType(typeof(PartnerParticipant), "partner")]
[JsonDerivedType(typeof(OrganizationParticipant), "organization")]
[JsonDerivedType(typeof(OfficialParticipant), "official")]
[JsonDerivedType(typeof(GuestParticipant), "guests")]
public abstract record Participant
{
    private protected Participant(Name? role, string? roleId = null)
    {
        if (role is not null && roleId is not null)
        {
            throw new ArgumentException("A participant's role is either a catalog id (roleId) or written out (role), not both.", nameof(roleId));
        }
        Role = role;
        RoleId = Guard.OptionalId(roleId, nameof(roleId), "The role id of a participant");
    }

    /// <summary>
    /// How the participant appears, written out in every case, when the source says: «сотрудники» (of the
    /// Secretariat), «представители», «делегации». Null when the role is given by <see cref="RoleId"/> or the
    /// source names the participant only.
    /// </summary>
    public Name? Role { get; }

    /// <summary>The role as an id of the catalog's vocabulary (<c>representatives</c>, <c>staff</c>…), or null.</summary>
    public string? RoleId { get; }

    /// <summary>
    /// The role in every case: the written-out <see cref="Role"/>, or the embedded catalog's role named by
    /// <see cref="RoleId"/> (null when the id is unknown; validation reports it).
    /// </summary>
    [JsonIgnore]
    public Name? RoleName => Role ?? (RoleId is { } id && CstoCatalog.Default.TryGetRole(id, out var role) ? role.Name : null);

    /// <summary>Checks the role id, when given, against the catalog's vocabulary.</summary>
    private protected void ValidateRole(ValidationScope scope, CstoCatalog catalog)
    {
        if (RoleId is { } id && !catalog.TryGetRole(id, out _))
        {
            scope.Report("roleId", CatalogChecks.Unknown("role", id, catalog.Roles.Select(r => r.Id)));
        }
    }

    /// <summary>Checks catalog references; <paramref name="date"/> is the event's or document's first day, when known.</summary>
    internal abstract void Validate(ValidationScope scope, CstoCatalog catalog, LocalDate? date, string what);
}
