using Csto.Domain.Naming;

namespace Csto.Domain.Organizations;

/// <summary>An organisation that takes part in CSTO events, such as the UN Office of Counter-Terrorism.</summary>
/// <example>
/// <code>
/// var unoct = CstoCatalog.Default.GetPartner("unoct");
/// unoct.Name.RussianAbbreviation // "КТУ ООН"
/// </code>
/// </example>
public sealed record PartnerOrganization
{
    /// <summary>Creates a partner organisation.</summary>
    /// <param name="id">The id, such as <c>unoct</c>.</param>
    /// <param name="name">The name with abbreviations.</param>
    /// <param name="seat">The city of its seat, when the sources say (UNRCCA: Ashgabat), in English.</param>
    /// <param name="source">Where the facts come from.</param>
    public PartnerOrganization(string id, Name name, string? seat = null, string? source = null)
    {
        Id = Guard.Id(id, nameof(id), "The partner id");
        Name = name ?? throw new ArgumentNullException(nameof(name));
        Seat = Guard.NullOrNotEmpty(seat, nameof(seat), "The seat");
        Source = Guard.NullOrNotEmpty(source, nameof(source), "The source");
    }

    /// <summary>The id.</summary>
    public string Id { get; }

    /// <summary>The name with abbreviations.</summary>
    public Name Name { get; }

    /// <summary>The city of its seat in English, or null.</summary>
    public string? Seat { get; }

    /// <summary>Where the facts come from.</summary>
    public string? Source { get; }

    /// <inheritdoc/>
    public override string ToString() => $"{Id} {Name.English}";
}
