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
    private protected Participant(Name? role) => Role = role;

    /// <summary>
    /// How the participant appears, in every case, when the source says: «сотрудники» (of the Secretariat),
    /// «представители», «делегации». Null when the source names the participant only.
    /// </summary>
    public Name? Role { get; }

    /// <summary>Checks catalog references; <paramref name="date"/> is the event's or document's first day, when known.</summary>
    internal abstract void Validate(ValidationScope scope, CstoCatalog catalog, LocalDate? date, string what);
}
