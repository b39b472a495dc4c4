namespace Csto.Reporting.Documents;

/// <summary>
/// The place in the text where a footnote is referenced. The footnote itself is
/// <see cref="ReportDocument.Footnotes"/>[<see cref="Number"/> − 1].
/// </summary>
/// <param name="Number">The footnote's number, from 1, in order of first reference.</param>
public sealed record FootnoteReference(int Number) : Inline
{
    private readonly int number = Check(Number);

    /// <summary>The footnote's number, from 1.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The number is less than 1.</exception>
    public int Number { get => number; init => number = Check(value); }

    private static int Check(int number, string parameterName = nameof(Number)) => number >= 1
        ? number
        : throw new ArgumentOutOfRangeException(parameterName, number, "A footnote number starts at 1.");
}
