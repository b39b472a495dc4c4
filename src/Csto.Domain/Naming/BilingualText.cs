namespace Csto.Domain.Naming;

/// <summary>A short text in Russian with an optional English version, such as a body's composition rule.</summary>
/// <example>
/// <code>
/// var rule = new BilingualText("министры иностранных дел", "foreign ministers");
/// </code>
/// </example>
public sealed record BilingualText
{
    /// <summary>Creates the text; the Russian text must not be empty, the English text may be left out.</summary>
    /// <exception cref="ArgumentException">The Russian text is empty, or the English text is given but empty.</exception>
    public BilingualText(string russian, string? english = null)
    {
        Russian = Guard.NotEmpty(russian, nameof(russian), "The Russian text");
        English = Guard.NullOrNotEmpty(english, nameof(english), "The English text");
    }

    /// <summary>The Russian text.</summary>
    public string Russian { get; }

    /// <summary>The English text, or null when there is none.</summary>
    public string? English { get; }

    /// <inheritdoc/>
    public override string ToString() => Russian;
}
