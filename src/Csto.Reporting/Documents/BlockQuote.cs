namespace Csto.Reporting.Documents;

/// <summary>A quotation set off from the text.</summary>
/// <param name="Blocks">The quoted blocks.</param>
public sealed record BlockQuote(IReadOnlyList<Block> Blocks) : Block;
