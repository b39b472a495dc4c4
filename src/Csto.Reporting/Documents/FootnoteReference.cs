namespace Csto.Reporting.Documents;

/// <summary>
/// The place in the text where a footnote is referenced. The footnote itself is
/// <see cref="ReportDocument.Footnotes"/>[<see cref="Number"/> − 1].
/// </summary>
/// <param name="Number">The footnote's number, from 1, in order of first reference.</param>
public sealed record FootnoteReference(int Number) : Inline
{
    /// <summary>The footnote's number, from 1.</summary>
    public int Number { get; init; } = Number >= 1
        ? Number
        : throw new ArgumentOutOfRangeException(nameof(Number), Number, "A footnote number starts at 1.");
}
