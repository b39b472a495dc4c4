using Csto.Reporting.Documents;
using Csto.Reporting.Docx.Packaging;
using Csto.Reporting.Docx.Writing;
using Csto.Reporting.Rendering;

namespace Csto.Reporting.Docx;

/// <summary>
/// Renders a document tree to an editable DOCX: styles generated from the theme under Word's built-in ids,
/// real list and heading numbering, footnotes, PAGE/NUMPAGES fields in headers or footers, contents with PAGEREF page numbers, tables
/// with repeated header rows, bookmarks on every heading. The output is byte-identical for the same input.
/// </summary>
/// <example>
/// <code>
/// var layout = new PdfLayoutLocator();
/// var renderer = new DocxReportRenderer(layout, layout);
/// await using var file = File.Create("report.docx");
/// await renderer.RenderAsync(document, RenderOptions.Default, file, cancellationToken);
/// </code>
/// </example>
public sealed class DocxReportRenderer : IReportRenderer
{
    private readonly IHeadingPageLocator? headingPages;
    private readonly ITableColumnSizer? columnSizer;

    /// <summary>Creates the renderer.</summary>
    /// <param name="headingPages">
    /// Tells on which page each heading lands (the PDF layout), to fill in the cached page numbers of the table
    /// of contents; null leaves them empty and asks Word to update fields when it opens the file.
    /// </param>
    /// <param name="columnSizer">
    /// Gives each table's grid the column widths the PDF layout set it with (the PDF layout: the document is laid out
    /// once and the DOCX reads the widths from that layout), so both formats get the same grid; null gives columns
    /// without an explicit width equal shares.
    /// </param>
    public DocxReportRenderer(IHeadingPageLocator? headingPages = null, ITableColumnSizer? columnSizer = null)
    {
        this.headingPages = headingPages;
        this.columnSizer = columnSizer;
    }

    /// <inheritdoc/>
    public ReportFormat Format => ReportFormat.Docx;

    /// <inheritdoc/>
    /// <exception cref="Diagnostics.ReportInputException">The document has characters the theme's fonts cannot set (<see cref="RenderCheck"/>: every one,
    /// nothing written), or — with a column sizer, which lays the document out — a table row that fits no page with the
    /// table's repeated header rows (a picture in a cell): Word and LibreOffice cannot split a picture either and would
    /// cut it off at the page's foot, so the DOCX refuses it as the PDF does (nothing written).</exception>
    /// <remarks>The package is built on the calling thread in memory (with the layout's page numbers and column widths
    /// when a locator and sizer are given); only the copy to <paramref name="output"/> is asynchronous.</remarks>
    /// <exception cref="ArgumentException"><paramref name="output"/> is read-only (checked before any work is done).</exception>
    /// <exception cref="ObjectDisposedException"><paramref name="output"/> has been closed or disposed.</exception>
    public async Task RenderAsync(ReportDocument document, RenderOptions options, Stream output, CancellationToken cancellationToken = default)
    {
        using var result = Build(document, options, output, cancellationToken);
        await result.CopyToAsync(output, cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc/>
    /// <exception cref="Diagnostics.ReportInputException">The document has characters the theme's fonts cannot set (<see cref="RenderCheck"/>: every one,
    /// nothing written), or — with a column sizer, which lays the document out — a table row that fits no page with the
    /// table's repeated header rows (a picture in a cell): Word and LibreOffice cannot split a picture either and would
    /// cut it off at the page's foot, so the DOCX refuses it as the PDF does (nothing written).</exception>
    /// <exception cref="ArgumentException"><paramref name="output"/> is read-only (checked before any work is done).</exception>
    /// <exception cref="ObjectDisposedException"><paramref name="output"/> has been closed or disposed.</exception>
    public void Render(ReportDocument document, RenderOptions options, Stream output, CancellationToken cancellationToken = default)
    {
        using var result = Build(document, options, output, cancellationToken);
        result.CopyTo(output);
    }

    private MemoryStream Build(ReportDocument document, RenderOptions options, Stream output, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(options);
        OutputStreams.ThrowIfNotWritable(output, nameof(output));
        RenderCheck.ThrowIfAny(document, options, ReportFormat.Docx);
        IReadOnlyDictionary<string, int>? pages = null;
        if (headingPages is not null && HasTableOfContents(document))
        {
            pages = headingPages.LocateHeadings(document, options, cancellationToken);
        }
        var sizer = columnSizer;
        var state = new RenderState(document, options.Theme, pages,
            sizer is null ? null : (table, width) => sizer.ColumnWidths(document, table, width, options),
            sizer is null ? null : table => sizer.OversizedRows(document, table, options),
            sizer is null ? null : cell => sizer.OpenedRuns(document, cell, options),
            headingPages is null ? null : level => headingPages.ContentsHangingIndent(document, level, options));
        using var package = new MemoryStream();
        PackageBuilder.Build(state, package, cancellationToken);
        package.Position = 0;
        var result = new MemoryStream(checked((int)package.Length + 4096));
        DeterministicZip.Rewrite(package, result);
        result.Position = 0;
        return result;
    }

    private static bool HasTableOfContents(ReportDocument document) =>
        document.Sections.SelectMany(s => s.Blocks).SelectMany(DocumentWalker.DescendantsAndSelf).Any(b => b is TableOfContents);
}
