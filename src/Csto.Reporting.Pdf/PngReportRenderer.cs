using Csto.Reporting.Documents;
using Csto.Reporting.Hyphenation;
using Csto.Reporting.Pdf.Drawing;
using Csto.Reporting.Pdf.Pagination;
using Csto.Reporting.Rendering;

namespace Csto.Reporting.Pdf;

/// <summary>
/// Renders a document to PNG images, one per page, with exactly the layout of the PDF, at
/// <see cref="RenderOptions.PngDpi"/>. A PNG rendering is many files, not one stream, so it is an
/// <see cref="IPageImageRenderer"/>: the caller opens a stream per page (through
/// <see cref="Generation.ReportGenerator.RenderPages(ReportDocument, Func{int, Stream}, RenderOptions?, CancellationToken)"/>
/// or directly).
/// </summary>
public sealed class PngReportRenderer : IPageImageRenderer
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

    /// <inheritdoc />
    public ReportFormat Format => ReportFormat.Png;

    /// <summary>
    /// Renders every page; <paramref name="openPage"/> gets the 1-based page number and returns the stream to write it
    /// to (the renderer does not close it). Each page is opened exactly once, in order, and only with its final
    /// content: the layout is finished (every pass it needs for page numbers) before the first page is drawn, and
    /// each page is written as soon as it is drawn, so memory holds one page at a time.
    /// </summary>
    /// <remarks>
    /// Layout and rasterisation are CPU-bound and run synchronously on the calling thread, and so do the writes to
    /// the page streams. Call it from a worker thread if the caller must stay responsive.
    /// </remarks>
    /// <param name="document">The document tree.</param>
    /// <param name="options">Theme and resolution.</param>
    /// <param name="openPage">Opens the output stream of a page.</param>
    /// <param name="cancellationToken">Cancels between pages.</param>
    /// <returns>The page count.</returns>
    /// <exception cref="Diagnostics.ReportInputException">The document has characters the theme's fonts cannot set (<see cref="RenderCheck"/>: every one, before any page is opened), an image that cannot be decoded, or refers to a missing footnote.</exception>
    /// <exception cref="InvalidOperationException"><paramref name="openPage"/> returned null or a stream that cannot be written.</exception>
    public Task<int> RenderPagesAsync(ReportDocument document, RenderOptions options, Func<int, Stream> openPage, CancellationToken cancellationToken = default) =>
        Task.FromResult(RenderPages(document, options, openPage, cancellationToken));

    /// <inheritdoc />
    /// <remarks>
    /// Layout and rasterisation are CPU-bound; the layout is finished (every pass it needs for page numbers) before
    /// the first page is drawn, and each page is written as soon as it is drawn, so memory holds one page at a time.
    /// </remarks>
    /// <exception cref="Diagnostics.ReportInputException">The document has characters the theme's fonts cannot set (<see cref="RenderCheck"/>: every one, before any page is opened), an image that cannot be decoded, or refers to a missing footnote.</exception>
    /// <exception cref="InvalidOperationException"><paramref name="openPage"/> returned null or a stream that cannot be written.</exception>
    public int RenderPages(ReportDocument document, RenderOptions options, Func<int, Stream> openPage, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(openPage);
        if (options.PngDpi is < 10 or > 1200)
        {
            throw new ArgumentOutOfRangeException(nameof(options), options.PngDpi, "The PNG resolution must be 10 to 1200 DPI.");
        }
        RenderCheck.ThrowIfAny(document, options, ReportFormat.Png);
        return RenderPages(LaidOutDocument.Of(document, options.Theme, hyphenator), options.PngDpi, CheckedPages(openPage), cancellationToken);
    }

    /// <summary>Wraps the caller's <paramref name="openPage"/> so that a null or unwritable stream is named as the callback's fault.</summary>
    private static Func<int, Stream> CheckedPages(Func<int, Stream> openPage) => page =>
    {
        var stream = openPage(page)
            ?? throw new InvalidOperationException($"The openPage callback returned null for page {page}; it must return a writable stream.");
        return stream.CanWrite
            ? stream
            : throw new InvalidOperationException($"The openPage callback returned a stream that cannot be written for page {page}.");
    };

    /// <summary>Renders every page to PNG bytes in memory (for previews and tests).</summary>
    /// <remarks>Layout and rasterisation run synchronously on the calling thread.</remarks>
    /// <param name="document">The document tree.</param>
    /// <param name="options">Theme and resolution.</param>
    /// <param name="cancellationToken">Cancels between pages.</param>
    /// <exception cref="Diagnostics.ReportInputException">See the other overload.</exception>
    public async Task<IReadOnlyList<byte[]>> RenderPagesAsync(ReportDocument document, RenderOptions options, CancellationToken cancellationToken = default)
    {
        var pages = new List<MemoryStream>();
        try
        {
            await RenderPagesAsync(document, options, page =>
            {
                var stream = new MemoryStream();
                pages.Add(stream);
                return stream;
            }, cancellationToken).ConfigureAwait(false);
            return pages.Select(s => s.ToArray()).ToList();
        }
        finally
        {
            foreach (var stream in pages)
            {
                await stream.DisposeAsync().ConfigureAwait(false);
            }
        }
    }

    /// <summary>
    /// Draws the pages of <paramref name="laidOut"/> one at a time and hands each to <paramref name="openPage"/> as soon
    /// as it is encoded, so memory holds one page's raster and PNG, whatever the page count and resolution.
    /// </summary>
    internal static int RenderPages(LaidOutDocument laidOut, int dpi, Func<int, Stream> openPage, CancellationToken cancellationToken)
    {
        using var sink = new PngPageSink(dpi, openPage, cancellationToken);
        return laidOut.WriteTo(sink, cancellationToken).PageCount;
    }
}
