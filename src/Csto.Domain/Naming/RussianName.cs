namespace Csto.Domain.Naming;

/// <summary>
/// A Russian name with its six case forms stored as data (declensions are never guessed).
/// </summary>
/// <example>
/// <code>
/// var csc = new RussianName("Совет коллективной безопасности", "Совета коллективной безопасности",
///     "Совету коллективной безопасности", "Совет коллективной безопасности",
///     "Советом коллективной безопасности", "Совете коллективной безопасности");
/// csc[GrammaticalCase.Genitive] // "Совета коллективной безопасности"
/// </code>
/// </example>
public sealed record RussianName
{
    /// <summary>Creates a name from its six case forms; none may be empty.</summary>
    /// <exception cref="ArgumentException">A form is empty.</exception>
    public RussianName(string nominative, string genitive, string dative, string accusative, string instrumental, string prepositional)
    {
        Nominative = Require(nominative, nameof(nominative));
        Genitive = Require(genitive, nameof(genitive));
        Dative = Require(dative, nameof(dative));
        Accusative = Require(accusative, nameof(accusative));
        Instrumental = Require(instrumental, nameof(instrumental));
        Prepositional = Require(prepositional, nameof(prepositional));
    }

    /// <summary>Именительный падеж.</summary>
    public string Nominative { get; }

    /// <summary>Родительный падеж.</summary>
    public string Genitive { get; }

    /// <summary>Дательный падеж.</summary>
    public string Dative { get; }

    /// <summary>Винительный падеж.</summary>
    public string Accusative { get; }

    /// <summary>Творительный падеж.</summary>
    public string Instrumental { get; }

    /// <summary>Предложный падеж (without the preposition).</summary>
    public string Prepositional { get; }

    /// <summary>The form in the given case.</summary>
    public string this[GrammaticalCase grammaticalCase] => grammaticalCase switch
    {
        GrammaticalCase.Nominative => Nominative,
        GrammaticalCase.Genitive => Genitive,
        GrammaticalCase.Dative => Dative,
        GrammaticalCase.Accusative => Accusative,
        GrammaticalCase.Instrumental => Instrumental,
        GrammaticalCase.Prepositional => Prepositional,
        _ => throw new ArgumentOutOfRangeException(nameof(grammaticalCase), grammaticalCase, "Unknown grammatical case."),
    };

    /// <summary>An indeclinable name (an abbreviation such as «ОДКБ», a foreign name): every case has the same form.</summary>
    public static RussianName Indeclinable(string form) => new(form, form, form, form, form, form);

    /// <inheritdoc/>
    public override string ToString() => Nominative;

    private static string Require(string form, string parameter) =>
        string.IsNullOrWhiteSpace(form)
            ? throw new ArgumentException($"The {parameter} form of a Russian name must not be empty.", parameter)
            : form;
}
