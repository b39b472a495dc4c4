using Csto.Reporting.Documents;

namespace Csto.Reporting.Rendering;

/// <summary>
/// Gives the column widths of a table as the PDF layout decided them (from the content's widths over text
/// measured with the bundled fonts, while the document is laid out once for every output). The DOCX renderer asks
/// it for the widths of its grid, so a table has the same columns in both formats.
/// </summary>
public interface ITableColumnSizer
{
    /// <summary>The width of every grid column of <paramref name="table"/> in points, left to right.</summary>
    /// <param name="document">The document holding the table.</param>
    /// <param name="table">The table, an instance inside <paramref name="document"/>.</param>
    /// <param name="width">The room the caller has for the table, in points; positive.</param>
    /// <param name="options">The theme: fonts, table font size, kerning.</param>
    /// <returns>
    /// The widths; they add up to the table's width in the PDF: <paramref name="width"/> for a table in running text,
    /// less inside a quotation (indented on both sides); a table wider than <paramref name="width"/> is scaled down to it.
    /// </returns>
    IReadOnlyList<double> ColumnWidths(ReportDocument document, Table table, double width, RenderOptions options);

    /// <summary>
    /// The rows of <paramref name="table"/> that ask to be kept whole (<see cref="TableRow.CantSplit"/>) but are tall
    /// enough that the layout splits them across pages: taller than a page's text area under the repeated header rows,
    /// or taller than the few lines a row moved to the next page may leave empty (the PDF's rule). The DOCX lets Word
    /// split them too (no w:cantSplit): a row Word may not split that fits no page is cut off at the page's foot, and
    /// a tall row moved whole leaves a large gap.
    /// </summary>
    /// <param name="document">The document holding the table.</param>
    /// <param name="table">The table, an instance inside <paramref name="document"/>.</param>
    /// <param name="options">The theme: fonts, sizes, page.</param>
    /// <returns>0-based indices into <see cref="Table.Rows"/>, ascending; empty when every row fits a page (the default
    /// for a sizer that does not lay rows out).</returns>
    IReadOnlyList<int> OversizedRows(ReportDocument document, Table table, RenderOptions options) => [];

    /// <summary>
    /// The runs of words joined by no-break spaces (U+00A0, U+202F: a number with its unit, initials with a surname,
    /// «№ 5», a date) in <paramref name="cell"/> that are wider than the cell's line, which the layout breaks at their
    /// no-break spaces rather than inside a word. The DOCX writes ordinary spaces there, so that Word and LibreOffice
    /// break such a run between its words too (they would break a no-break run wider than the cell between characters).
    /// </summary>
    /// <param name="document">The document holding the cell.</param>
    /// <param name="cell">A cell of a table of <paramref name="document"/>, the instance inside it.</param>
    /// <param name="options">The theme: fonts, table font size, kerning.</param>
    /// <returns>
    /// Each run's text as the cell holds it without soft hyphens, its no-break spaces written U+00A0 (a narrow one
    /// too), in no particular order; empty when the cell has none, is not part of the document, or the sizer does not
    /// lay text out (the default).
    /// </returns>
    IReadOnlyList<string> OpenedRuns(ReportDocument document, TableCell cell, RenderOptions options) => [];
}
