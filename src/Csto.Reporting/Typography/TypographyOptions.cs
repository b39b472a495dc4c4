namespace Csto.Reporting.Typography;

/// <summary>Which typographic rules <see cref="Typographer"/> applies; each switch is one family of rules.</summary>
public sealed record TypographyOptions
{
    /// <summary>Every rule.</summary>
    public static TypographyOptions All { get; } = new();

    /// <summary>No rule: the text is left as it is.</summary>
    public static TypographyOptions None { get; } = new()
    {
        Quotes = false,
        Dashes = false,
        NonBreakingSpaces = false,
        ThousandsSeparators = false,
        Ranges = false,
        Symbols = false,
    };

    /// <summary>Straight quotes to «ёлочки» with „лапки“ inside (English: “…” with ‘…’ inside); apostrophes to ’.</summary>
    public bool Quotes { get; init; } = true;

    /// <summary>
    /// A hyphen or double hyphen between spaces to an em dash with a no-break space before it; a dialogue dash at
    /// the start of a paragraph; «государств - членов» to «государств – членов»; a no-break space before a spaced en dash.
    /// </summary>
    public bool Dashes { get; init; } = true;

    /// <summary>
    /// No-break spaces after short prepositions and conjunctions, before particles (же, ли, бы), between initials and
    /// surname, after «№», «§», «г.» and similar abbreviations, inside «т. е.», «т. д.», between a number and its
    /// unit, month or the lowercase word after it («15 документов»), between a year and «г.»/«года».
    /// </summary>
    public bool NonBreakingSpaces { get; init; } = true;

    /// <summary>Numbers of five or more digits grouped by three with narrow no-break spaces U+202F (1 302 569); spaced groups made narrow and unbreakable.</summary>
    public bool ThousandsSeparators { get; init; } = true;

    /// <summary>En dashes in ranges: «26–27 ноября», «2023–2025 годы», «30 ноября – 2 декабря», «XX–XXI вв.».</summary>
    public bool Ranges { get; init; } = true;

    /// <summary>Three dots to an ellipsis «…»; (c) to ©; a hyphen before a number to the minus sign U+2212 («−35 °C»).</summary>
    public bool Symbols { get; init; } = true;
}
