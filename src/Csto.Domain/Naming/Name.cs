namespace Csto.Domain.Naming;

/// <summary>
/// The name of an organization, body, state, post or person: Russian with case forms, English, and
/// abbreviations in both languages where they exist (СКБ / CSC).
/// </summary>
/// <param name="Russian">The Russian name with its case forms.</param>
/// <param name="English">The English name.</param>
public sealed record Name(RussianName Russian, string English)
{
    /// <summary>The Russian name with its case forms.</summary>
    public RussianName Russian { get; init; } = Russian ?? throw new ArgumentNullException(nameof(Russian));

    /// <summary>The English name.</summary>
    public string English { get; init; } = string.IsNullOrWhiteSpace(English)
        ? throw new ArgumentException("An English name must not be empty.", nameof(English))
        : English;

    /// <summary>The Russian abbreviation, such as «СКБ»; null when there is none.</summary>
    public string? RussianAbbreviation { get; init; }

    /// <summary>The English abbreviation, such as «CSC»; null when there is none.</summary>
    public string? EnglishAbbreviation { get; init; }

    /// <summary>The Russian form in a case.</summary>
    public string this[GrammaticalCase grammaticalCase] => Russian[grammaticalCase];

    /// <inheritdoc/>
    public override string ToString() => Russian.Nominative;
}
