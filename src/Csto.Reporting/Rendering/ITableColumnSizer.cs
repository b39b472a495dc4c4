using Csto.Reporting.Documents;

namespace Csto.Reporting.Rendering;

/// <summary>
/// Decides the column widths of a table from its content (<see cref="TableColumnWidths"/> over text measured with
/// the bundled fonts). The PDF layout implements it and sizes its own tables through it; the DOCX renderer asks it
/// for the widths of its grid, so a table has the same columns in both formats.
/// </summary>
public interface ITableColumnSizer
{
    /// <summary>The width of every grid column of <paramref name="table"/> in points, left to right.</summary>
    /// <param name="document">The document holding the table (its language and metadata).</param>
    /// <param name="table">The table.</param>
    /// <param name="width">The width the table fills, in points; positive.</param>
    /// <param name="options">The theme: fonts, table font size, kerning.</param>
    /// <returns>The widths; they add up to <paramref name="width"/>.</returns>
    IReadOnlyList<double> ColumnWidths(ReportDocument document, Table table, double width, RenderOptions options);
}
