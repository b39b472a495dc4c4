using Csto.Domain.Naming;

namespace Csto.Domain.Places;

/// <summary>A city with its name in every case («в Бишкеке» takes the prepositional form) and its state.</summary>
/// <example>
/// <code>
/// var city = CstoCatalog.Default.ChairOf(2025).City;
/// "в " + city.Name[GrammaticalCase.Prepositional] // "в Бишкеке"
/// </code>
/// </example>
public sealed record City
{
    /// <summary>Creates a city.</summary>
    /// <param name="name">The name with its case forms.</param>
    /// <param name="stateId">The ISO alpha-2 code of the state the city is in, such as <c>KG</c>.</param>
    /// <exception cref="ArgumentException">The state code is not two uppercase Latin letters.</exception>
    public City(Name name, string stateId)
    {
        Name = name ?? throw new ArgumentNullException(nameof(name));
        StateId = Guard.NotEmpty(stateId, nameof(stateId), "The state code of a city");
        if (stateId.Length != 2 || !stateId.All(char.IsAsciiLetterUpper))
        {
            throw new ArgumentException($"The state code \"{stateId}\" must be an ISO alpha-2 code such as \"KG\".", nameof(stateId));
        }
    }

    /// <summary>The name with its case forms.</summary>
    public Name Name { get; }

    /// <summary>The ISO alpha-2 code of the state the city is in.</summary>
    public string StateId { get; }

    /// <inheritdoc/>
    public override string ToString() => Name.ToString();
}
