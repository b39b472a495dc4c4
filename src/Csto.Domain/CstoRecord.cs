using System.Text.Json.Serialization;
using Csto.Domain.Catalog;
using Csto.Domain.Documents;
using Csto.Domain.Events;
using Csto.Domain.Validation;

namespace Csto.Domain;

/// <summary>
/// A record a data file holds: an event, a declaration, a statement, an analytical report, an activity report,
/// an information message, a decision, the minutes of a session, a joint statement of ministers, a plan of joint activities or the Secretary General's report to the Council. In JSON the kind is the <c>kind</c> property
/// (<c>event</c>, <c>declaration</c>, <c>statement</c>, <c>analyticalReport</c>, <c>activityReport</c>,
/// <c>informationMessage</c>, <c>decision</c>, <c>minutes</c>, <c>jointStatement</c>, <c>activityPlan</c>, <c>secretaryGeneralReport</c>).
/// </summary>
/// <example>
/// <code>
/// var file = CstoJson.Read(json, "wg-afghanistan-42.json");
/// foreach (var problem in file.Record.Validate(CstoCatalog.Default))
///     Console.WriteLine(problem); // participants[3].stateId: Uzbekistan's membership was suspended on 19 Dec 2012, …
/// </code>
/// </example>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "kind", UnknownDerivedTypeHandling = JsonUnknownDerivedTypeHandling.FailSerialization)]
[JsonDerivedType(typeof(Event), "event")]
[JsonDerivedType(typeof(Declaration), "declaration")]
[JsonDerivedType(typeof(Statement), "statement")]
[JsonDerivedType(typeof(AnalyticalReport), "analyticalReport")]
[JsonDerivedType(typeof(ActivityReport), "activityReport")]
[JsonDerivedType(typeof(InformationMessage), "informationMessage")]
[JsonDerivedType(typeof(Decision), "decision")]
[JsonDerivedType(typeof(Minutes), "minutes")]
[JsonDerivedType(typeof(JointStatement), "jointStatement")]
[JsonDerivedType(typeof(ActivityPlan), "activityPlan")]
[JsonDerivedType(typeof(SecretaryGeneralReport), "secretaryGeneralReport")]
public abstract record CstoRecord
{
    /// <summary>The JSON <c>kind</c> values, in the order of the list above.</summary>
    public static readonly IReadOnlyList<string> Kinds =
        ["event", "declaration", "statement", "analyticalReport", "activityReport", "informationMessage", "decision", "minutes", "jointStatement", "activityPlan", "secretaryGeneralReport"];

    private protected CstoRecord(string? id, IReadOnlyList<string>? provenance)
    {
        Id = Guard.OptionalId(id, nameof(id), "The record id");
        Provenance = Guard.Texts(provenance, nameof(provenance));
    }

    /// <summary>An id other records can refer to, such as <c>wg-afghanistan-42</c>; null when none is needed.</summary>
    [JsonPropertyOrder(-1)]
    public string? Id { get; }

    /// <summary>Where the record's facts come from (the seed text, a catalog fact), one entry each.</summary>
    [JsonPropertyOrder(1)]
    public IReadOnlyList<string> Provenance { get; }

    /// <summary>
    /// Checks the record against the catalog and returns every problem found (never just the first), each with
    /// its property path; an empty list when the record is consistent.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="catalog"/> is null.</exception>
    public IReadOnlyList<ValidationProblem> Validate(CstoCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        var scope = ValidationScope.Root(out var problems);
        ValidateCore(scope, catalog);
        return problems.AsReadOnly();
    }

    /// <summary>Validates the record as part of another (an information message's event) under the given scope.</summary>
    internal void ValidateInto(ValidationScope scope, CstoCatalog catalog) => ValidateCore(scope, catalog);

    private protected abstract void ValidateCore(ValidationScope scope, CstoCatalog catalog);
}
