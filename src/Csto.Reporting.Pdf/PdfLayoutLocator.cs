using Csto.Reporting.Documents;
using Csto.Reporting.Hyphenation;
using Csto.Reporting.Pdf.Pagination;
using Csto.Reporting.Rendering;

namespace Csto.Reporting.Pdf;

/// <summary>
/// Finds the page of every heading from the very layout <see cref="PdfReportRenderer"/> and
/// <see cref="PngReportRenderer"/> draw: a document instance is laid out once per theme and hyphenator, whichever of
/// them asks first, and the layout is shared while the document is alive. The DOCX renderer uses it for the page
/// numbers of its table of contents, and the same
/// column sizing for the grid of its tables.
/// </summary>
public sealed class PdfLayoutLocator : IHeadingPageLocator, ITableColumnSizer
{
    private readonly IHyphenator hyphenator;

    /// <summary>Creates a locator hyphenating with <see cref="LiangHyphenator.Default"/>.</summary>
    public PdfLayoutLocator()
        : this(LiangHyphenator.Default)
    {
    }

    /// <summary>Creates a locator with the given hyphenator (use the renderer's).</summary>
    /// <param name="hyphenator">Finds hyphenation points of words.</param>
    public PdfLayoutLocator(IHyphenator hyphenator)
    {
        this.hyphenator = hyphenator ?? throw new ArgumentNullException(nameof(hyphenator));
    }

    /// <inheritdoc />
    public IReadOnlyDictionary<string, int> LocateHeadings(ReportDocument document, RenderOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(options);
        return LaidOutDocument.Of(document, options.Theme, hyphenator).Numbers(cancellationToken).HeadingPages;
    }

    /// <inheritdoc />
    /// <remarks>A document without a table of contents gets <see cref="TableOfContents.HangingIndent(int)"/>.</remarks>
    public double ContentsHangingIndent(ReportDocument document, int level, RenderOptions options)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(options);
        var measured = LaidOutDocument.Of(document, options.Theme, hyphenator).Numbers(CancellationToken.None).ContentsHangingIndents[Math.Clamp(level, 1, 4)];
        return measured > 0 ? measured : TableOfContents.HangingIndent(level);
    }

    /// <summary>Lays the document out and returns how many pages the PDF has.</summary>
    /// <param name="document">The document tree.</param>
    /// <param name="options">Theme options.</param>
    /// <param name="cancellationToken">Cancels the layout.</param>
    /// <exception cref="ArgumentNullException"><paramref name="document"/> or <paramref name="options"/> is null.</exception>
    /// <exception cref="Diagnostics.ReportInputException">The document cannot be laid out (a character no bundled font draws, a bad image, a page
    /// whose content would be cut off: a table row with a picture that fits no page under the repeated header rows).</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled (checked between blocks).</exception>
    public int CountPages(ReportDocument document, RenderOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(options);
        return LaidOutDocument.Of(document, options.Theme, hyphenator).Numbers(cancellationToken).PageCount;
    }

    /// <inheritdoc />
    /// <exception cref="ArgumentOutOfRangeException">The width is not a positive number.</exception>
    /// <exception cref="ArgumentException">The table is not part of <paramref name="document"/>.</exception>
    /// <exception cref="Diagnostics.ReportInputException">The document cannot be laid out (a character no bundled font draws, a bad image).</exception>
    public IReadOnlyList<double> ColumnWidths(ReportDocument document, Table table, double width, RenderOptions options)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(options);
        if (!(width > 0) || !double.IsFinite(width))
        {
            throw new ArgumentOutOfRangeException(nameof(width), width, "A table width must be a positive number of points.");
        }
        var layout = LaidOutDocument.Of(document, options.Theme, hyphenator).Numbers(CancellationToken.None);
        if (!layout.TableWidths.TryGetValue(table, out var widths))
        {
            throw new ArgumentException("The table is not part of the document: only the document's own table instances have a layout.", nameof(table));
        }
        var total = widths.Sum();
        // The PDF's table is as wide as its text area there; one wider than the caller's room is scaled down to it.
        return total <= width + TableWidthTolerance ? widths : widths.Select(w => w * width / total).ToArray();
    }

    /// <inheritdoc />
    /// <exception cref="ArgumentException">The table is not part of <paramref name="document"/>.</exception>
    /// <exception cref="Diagnostics.ReportInputException">The document cannot be laid out (a character no bundled font draws, a bad image).</exception>
    public IReadOnlyList<int> OversizedRows(ReportDocument document, Table table, RenderOptions options)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(options);
        var layout = LaidOutDocument.Of(document, options.Theme, hyphenator).Numbers(CancellationToken.None);
        return layout.TableOversizedRows.TryGetValue(table, out var rows)
            ? rows
            : throw new ArgumentException("The table is not part of the document: only the document's own table instances have a layout.", nameof(table));
    }

    /// <inheritdoc />
    /// <exception cref="Diagnostics.ReportInputException">The document cannot be laid out (a character no bundled font draws, a bad image).</exception>
    public IReadOnlyList<string> OpenedRuns(ReportDocument document, TableCell cell, RenderOptions options)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(cell);
        ArgumentNullException.ThrowIfNull(options);
        var layout = LaidOutDocument.Of(document, options.Theme, hyphenator).Numbers(CancellationToken.None);
        return layout.TableOpenedRuns.TryGetValue(cell, out var runs) ? runs : [];
    }

    /// <summary>How much wider than asked, in points, the layout's single-precision widths may add up to.</summary>
    private const double TableWidthTolerance = 0.01;
}
