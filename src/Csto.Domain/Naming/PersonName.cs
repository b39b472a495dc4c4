namespace Csto.Domain.Naming;

/// <summary>
/// A person's name: the Russian parts, the Russian full and short forms in every case (written out, never
/// guessed) and the English form.
/// </summary>
/// <example>
/// <code>
/// var name = CstoCatalog.Default.GetPerson("tasmagambetov").Name;
/// name.Full[GrammaticalCase.Genitive]  // "Имангали Тасмагамбетова"
/// name.Short[GrammaticalCase.Nominative] // "И. Тасмагамбетов"
/// </code>
/// </example>
public sealed record PersonName
{
    /// <summary>Creates a name; every part except the patronymic is required.</summary>
    /// <exception cref="ArgumentException">A required part is empty, or the full form does not contain the surname.</exception>
    public PersonName(string givenName, string surname, RussianName full, RussianName @short, string english, string? patronymic = null)
    {
        GivenName = Guard.NotEmpty(givenName, nameof(givenName), "The given name");
        Patronymic = Guard.NullOrNotEmpty(patronymic, nameof(patronymic), "The patronymic");
        Surname = Guard.NotEmpty(surname, nameof(surname), "The surname");
        Full = full ?? throw new ArgumentNullException(nameof(full));
        Short = @short ?? throw new ArgumentNullException(nameof(@short));
        English = Guard.NotEmpty(english, nameof(english), "The English name");
        if (!Full.Nominative.Contains(Surname, StringComparison.Ordinal))
        {
            throw new ArgumentException($"The full form \"{Full.Nominative}\" must contain the surname \"{Surname}\".", nameof(full));
        }
    }

    /// <summary>The given name in the nominative, such as «Имангали».</summary>
    public string GivenName { get; }

    /// <summary>The patronymic in the nominative, or null when the sources do not give it.</summary>
    public string? Patronymic { get; }

    /// <summary>The surname in the nominative, such as «Тасмагамбетов».</summary>
    public string Surname { get; }

    /// <summary>The full name in every case, such as «Имангали Тасмагамбетов».</summary>
    public RussianName Full { get; }

    /// <summary>The initial and surname in every case, such as «И. Тасмагамбетов» (ordinary spaces; typography adds the non-breaking ones).</summary>
    public RussianName Short { get; }

    /// <summary>The English name, such as «Imangali Tasmagambetov».</summary>
    public string English { get; }

    /// <inheritdoc/>
    public override string ToString() => Full.Nominative;
}
