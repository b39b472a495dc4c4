namespace Csto.Reporting.Documents;

/// <summary>
/// A run of blocks sharing one page setup and running header. A new section starts on a new page.
/// </summary>
/// <param name="Blocks">The section's blocks.</param>
public sealed record Section(IReadOnlyList<Block> Blocks)
{
    /// <summary>The section's blocks.</summary>
    public IReadOnlyList<Block> Blocks { get; init; } = TreeList.Freeze(Blocks, nameof(Blocks));

    /// <summary>Page size, orientation and margins; null to take the theme's.</summary>
    public PageSetup? PageSetup { get; init; }

    /// <summary>Text of a running header shown on the section's pages (besides the page number); null for none.</summary>
    public string? RunningHeader { get; init; }
}
