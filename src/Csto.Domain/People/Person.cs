using Csto.Domain.Naming;

namespace Csto.Domain.People;

/// <summary>A person who holds or held a post.</summary>
/// <example>
/// <code>
/// var person = CstoCatalog.Default.GetPerson("masadykov");
/// person.Name.Full.Nominative // "Таалатбек Масадыков"
/// person.StateId              // "KG"
/// </code>
/// </example>
public sealed record Person
{
    /// <summary>Creates a person.</summary>
    /// <param name="id">The id, such as <c>tasmagambetov</c>.</param>
    /// <param name="name">The name in Russian (with cases) and English.</param>
    /// <param name="stateId">The state the person comes from or represents, when the sources say.</param>
    /// <param name="source">Where the facts come from.</param>
    public Person(string id, PersonName name, string? stateId = null, string? source = null)
    {
        Id = Guard.Id(id, nameof(id), "The person id");
        Name = name ?? throw new ArgumentNullException(nameof(name));
        StateId = Guard.OptionalId(stateId, nameof(stateId), "The state id of a person");
        Source = Guard.NullOrNotEmpty(source, nameof(source), "The source");
    }

    /// <summary>The id.</summary>
    public string Id { get; }

    /// <summary>The name.</summary>
    public PersonName Name { get; }

    /// <summary>The state's ISO alpha-2 code, or null.</summary>
    public string? StateId { get; }

    /// <summary>Where the facts come from.</summary>
    public string? Source { get; }

    /// <inheritdoc/>
    public override string ToString() => Name.ToString();
}
