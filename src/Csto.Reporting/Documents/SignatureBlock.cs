namespace Csto.Reporting.Documents;

/// <summary>
/// Signatures: for each signatory, the office on the left and the name on the right (two columns), kept
/// together on one page.
/// </summary>
public sealed record SignatureBlock : Block
{
    /// <summary>Creates a signature block.</summary>
    /// <param name="signatories">At least one signatory.</param>
    /// <exception cref="ArgumentException">There is no signatory.</exception>
    public SignatureBlock(IReadOnlyList<Signatory> signatories)
    {
        ArgumentNullException.ThrowIfNull(signatories);
        if (signatories.Count == 0)
        {
            throw new ArgumentException("A signature block needs at least one signatory.", nameof(signatories));
        }
        Signatories = signatories;
    }

    /// <summary>The signatories, top to bottom.</summary>
    public IReadOnlyList<Signatory> Signatories { get; }
}

/// <summary>One signatory of a <see cref="SignatureBlock"/>.</summary>
/// <param name="Office">The office, possibly on several lines (separated by '\n'), e.g. «За Республику Армения».</param>
/// <param name="Name">The name as signed, e.g. «Н. Пашинян»; may be empty when only the office is known.</param>
public sealed record Signatory(string Office, string Name)
{
    /// <summary>The office; '\n' separates lines.</summary>
    public string Office { get; init; } = string.IsNullOrWhiteSpace(Office)
        ? throw new ArgumentException("A signatory needs an office.", nameof(Office))
        : Office;

    /// <summary>The name as signed.</summary>
    public string Name { get; init; } = Name ?? string.Empty;
}
