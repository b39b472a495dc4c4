using Csto.Reporting.Documents;
using Csto.Reporting.Hyphenation;
using Csto.Reporting.Pdf.Layout;
using Csto.Reporting.Pdf.Layout.Blocks;
using Csto.Reporting.Pdf.Pagination;
using Csto.Reporting.Pdf.Text;
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
        return LaidOutDocument.Of(document, options.Theme, hyphenator, cancellationToken).HeadingPages;
    }

    /// <summary>Lays the document out and returns how many pages the PDF has.</summary>
    /// <param name="document">The document tree.</param>
    /// <param name="options">Theme options.</param>
    /// <param name="cancellationToken">Cancels the layout.</param>
    public int CountPages(ReportDocument document, RenderOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(options);
        return LaidOutDocument.Of(document, options.Theme, hyphenator, cancellationToken).PageCount;
    }

    /// <inheritdoc />
    /// <exception cref="ArgumentOutOfRangeException">The width is not a positive number.</exception>
    /// <exception cref="Diagnostics.ReportInputException">A character of the table has no glyph in any bundled font.</exception>
    public IReadOnlyList<double> ColumnWidths(ReportDocument document, Table table, double width, RenderOptions options)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(options);
        if (!(width > 0) || !double.IsFinite(width))
        {
            throw new ArgumentOutOfRangeException(nameof(width), width, "A table width must be a positive number of points.");
        }
        var theme = options.Theme;
        var typeset = new TypesetOptions(theme.Kerning, theme.Ligatures, null, "document «" + document.Metadata.Title + "»");
        using var images = new ImageCache();
        try
        {
            return TableColumnMeasure.Widths(table, (float)width, new LayoutContext(document, theme, typeset, images, null, 0));
        }
        catch (MissingGlyphException missing)
        {
            throw missing.ToInputException(typeset.SourceName);
        }
    }
}
