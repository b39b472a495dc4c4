using System.Text.Json.Serialization;
using Csto.Domain.Bodies;
using Csto.Domain.Catalog;
using Csto.Domain.Documents;
using Csto.Domain.Events;
using Csto.Domain.Forces;
using Csto.Domain.Organizations;
using Csto.Domain.States;

namespace Csto.Domain.Serialization;

/// <summary>Source-generated System.Text.Json metadata for data files and the catalog.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    WriteIndented = true,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    RespectNullableAnnotations = true,
    RespectRequiredConstructorParameters = true,
    AllowOutOfOrderMetadataProperties = true,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    AllowTrailingCommas = false,
    ReadCommentHandling = System.Text.Json.JsonCommentHandling.Skip,
    Converters =
    [
        typeof(LocalDateJsonConverter),
        typeof(LocalTimeJsonConverter),
        typeof(PartialDateJsonConverter),
        typeof(DateIntervalJsonConverter),
        typeof(CamelCaseEnumConverter<EventType>),
        typeof(CamelCaseEnumConverter<MembershipStatusKind>),
        typeof(CamelCaseEnumConverter<BodyKind>),
        typeof(CamelCaseEnumConverter<ActivityKind>),
        typeof(CamelCaseEnumConverter<DocumentType>),
    ])]
[JsonSerializable(typeof(CstoDataFile))]
[JsonSerializable(typeof(CstoOrganization))]
[JsonSerializable(typeof(IReadOnlyList<MemberState>))]
[JsonSerializable(typeof(IReadOnlyList<Body>))]
[JsonSerializable(typeof(IReadOnlyList<PartnerOrganization>))]
[JsonSerializable(typeof(IReadOnlyList<Chairmanship>))]
[JsonSerializable(typeof(PeopleData))]
[JsonSerializable(typeof(IReadOnlyList<CollectiveForce>))]
[JsonSerializable(typeof(IReadOnlyList<NamedActivity>))]
[JsonSerializable(typeof(IReadOnlyList<ParticipantRole>))]
internal sealed partial class CstoJsonContext : JsonSerializerContext
{
}
