using Csto.Domain.Naming;

namespace Csto.Domain.Forces;

/// <summary>
/// A component of the Organization's Collective Forces: the Collective Rapid Reaction Forces (КСОР), the
/// Collective Peacekeeping Forces (КМС) or the Collective Rapid Deployment Forces of the Central Asian region
/// (КСБР ЦАР), with the operations it was deployed in as dated facts.
/// </summary>
/// <example>
/// <code>
/// var peacekeepers = CstoCatalog.Default.GetForce("cpf");
/// peacekeepers.Name.RussianAbbreviation        // "КМС"
/// peacekeepers.Deployments[0].Start             // 2022-01-06 (Kazakhstan)
/// </code>
/// </example>
public sealed record CollectiveForce
{
    /// <summary>Creates a force.</summary>
    /// <param name="id">The id: <c>crrf</c>, <c>cpf</c>, <c>crdf-car</c>.</param>
    /// <param name="name">The name in every case with abbreviations (КСОР / CRRF).</param>
    /// <param name="deployments">The operations the force was deployed in, earliest first.</param>
    /// <param name="source">Where the facts come from.</param>
    /// <exception cref="ArgumentException">The id is not kebab-case, or the deployments are not in date order.</exception>
    public CollectiveForce(string id, Name name, IReadOnlyList<ForceDeployment>? deployments = null, string? source = null)
    {
        Id = Guard.Id(id, nameof(id), "The force id");
        Name = name ?? throw new ArgumentNullException(nameof(name));
        Deployments = Guard.List(deployments, nameof(deployments));
        for (var i = 1; i < Deployments.Count; i++)
        {
            if (Deployments[i].Start < Deployments[i - 1].Start)
            {
                throw new ArgumentException($"The deployments of \"{id}\" must be in date order; deployment {i} starts before deployment {i - 1}.", nameof(deployments));
            }
        }
        Source = Guard.NullOrNotEmpty(source, nameof(source), "The source");
    }

    /// <summary>The id.</summary>
    public string Id { get; }

    /// <summary>The name with abbreviations.</summary>
    public Name Name { get; }

    /// <summary>The operations the force was deployed in, earliest first.</summary>
    public IReadOnlyList<ForceDeployment> Deployments { get; }

    /// <summary>Where the facts come from.</summary>
    public string? Source { get; }

    /// <inheritdoc/>
    public override string ToString() => $"{Id} {Name.English}";
}
