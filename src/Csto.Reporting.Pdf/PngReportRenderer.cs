using Csto.Reporting.Documents;
using Csto.Reporting.Hyphenation;
using Csto.Reporting.Pdf.Drawing;
using Csto.Reporting.Pdf.Pagination;
using Csto.Reporting.Rendering;

namespace Csto.Reporting.Pdf;

/// <summary>
/// Renders a document to PNG images, one per page, with exactly the layout of the PDF, at
/// <see cref="RenderOptions.PngDpi"/>. It does not implement <see cref="IReportRenderer"/>: a PNG rendering is many
/// files, not one stream, so the caller opens a stream per page.
/// </summary>
public sealed class PngReportRenderer
{
    private readonly IHyphenator hyphenator;

    /// <summary>Creates a renderer hyphenating with <see cref="LiangHyphenator.Default"/>.</summary>
    public PngReportRenderer()
        : this(LiangHyphenator.Default)
    {
    }

    /// <summary>Creates a renderer with the given hyphenator.</summary>
    /// <param name="hyphenator">Finds hyphenation points of words.</param>
    public PngReportRenderer(IHyphenator hyphenator)
    {
        this.hyphenator = hyphenator ?? throw new ArgumentNullException(nameof(hyphenator));
    }

    /// <summary>Renders every page; <paramref name="openPage"/> gets the 1-based page number and returns the stream to write it to (the renderer does not close it).</summary>
    /// <param name="document">The document tree.</param>
    /// <param name="options">Theme and resolution.</param>
    /// <param name="openPage">Opens the output stream of a page.</param>
    /// <param name="cancellationToken">Cancels between pages.</param>
    /// <returns>The page count.</returns>
    public Task<int> RenderPagesAsync(ReportDocument document, RenderOptions options, Func<int, Stream> openPage, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(openPage);
        if (options.PngDpi is < 10 or > 1200)
        {
            throw new ArgumentOutOfRangeException(nameof(options), options.PngDpi, "The PNG resolution must be 10 to 1200 DPI.");
        }
        var result = new LayoutPasses(document, options.Theme, hyphenator).Draw(
            () => new PngPageSink(options.PngDpi, openPage, cancellationToken),
            (_, _) => { },
            cancellationToken);
        return Task.FromResult(result.PageCount);
    }

    /// <summary>Renders every page to PNG bytes in memory (for previews and tests).</summary>
    /// <param name="document">The document tree.</param>
    /// <param name="options">Theme and resolution.</param>
    /// <param name="cancellationToken">Cancels between pages.</param>
    public async Task<IReadOnlyList<byte[]>> RenderPagesAsync(ReportDocument document, RenderOptions options, CancellationToken cancellationToken = default)
    {
        var pages = new SortedDictionary<int, MemoryStream>();
        await RenderPagesAsync(document, options, page => pages[page] = new MemoryStream(), cancellationToken).ConfigureAwait(false);
        return pages.Values.Select(s => s.ToArray()).ToList();
    }
}
