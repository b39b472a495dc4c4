using Csto.Reporting.Documents;
using Csto.Reporting.Hyphenation;
using Csto.Reporting.Pdf.Pagination;
using Csto.Reporting.Rendering;

namespace Csto.Reporting.Pdf;

/// <summary>
/// Finds the page of every heading by laying the document out exactly as <see cref="PdfReportRenderer"/> does,
/// without drawing. The DOCX renderer uses it for the page numbers of its table of contents.
/// </summary>
public sealed class PdfLayoutLocator : IHeadingPageLocator
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
    public Task<IReadOnlyDictionary<string, int>> LocateHeadingsAsync(ReportDocument document, RenderOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(options);
        var result = new LayoutPasses(document, options.Theme, hyphenator).Count(cancellationToken);
        return Task.FromResult(result.HeadingPages);
    }

    /// <summary>Lays the document out and returns how many pages the PDF has.</summary>
    /// <param name="document">The document tree.</param>
    /// <param name="options">Theme options.</param>
    /// <param name="cancellationToken">Cancels the layout.</param>
    public int CountPages(ReportDocument document, RenderOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(options);
        return new LayoutPasses(document, options.Theme, hyphenator).Count(cancellationToken).PageCount;
    }
}
