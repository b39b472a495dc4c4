namespace Csto.Reporting.Documents;

/// <summary>A footnote; its number is its position in <see cref="ReportDocument.Footnotes"/> plus one.</summary>
/// <param name="Number">The number, from 1, in order of first reference.</param>
/// <param name="Blocks">The footnote's content, usually one paragraph.</param>
public sealed record Footnote(int Number, IReadOnlyList<Block> Blocks)
{
    private readonly int number = Check(Number);

    /// <summary>The number, from 1.</summary>
    public int Number { get => number; init => number = Check(value); }

    /// <summary>The footnote's content.</summary>
    public IReadOnlyList<Block> Blocks { get; init; } = TreeList.Freeze(Blocks, nameof(Blocks));

    private static int Check(int number, string parameterName = nameof(Number)) => number >= 1
        ? number
        : throw new ArgumentOutOfRangeException(parameterName, number, "A footnote number starts at 1.");
}
