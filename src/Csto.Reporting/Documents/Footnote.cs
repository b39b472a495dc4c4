namespace Csto.Reporting.Documents;

/// <summary>A footnote; its number is its position in <see cref="ReportDocument.Footnotes"/> plus one.</summary>
/// <param name="Number">The number, from 1, in order of first reference.</param>
/// <param name="Blocks">The footnote's content, usually one paragraph.</param>
public sealed record Footnote(int Number, IReadOnlyList<Block> Blocks)
{
    /// <summary>The number, from 1.</summary>
    public int Number { get; init; } = Number >= 1
        ? Number
        : throw new ArgumentOutOfRangeException(nameof(Number), Number, "A footnote number starts at 1.");
}
