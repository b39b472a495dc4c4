using Csto.Reporting.Documents;
using Csto.Reporting.Hyphenation;
using Csto.Reporting.Pdf.Pagination;
using Csto.Reporting.Pdf.Writing;
using Csto.Reporting.Pdf.Writing.Document;
using Csto.Reporting.Pdf.Writing.Metadata;
using Csto.Reporting.Rendering;

namespace Csto.Reporting.Pdf;

/// <summary>
/// Renders a document tree to print-quality PDF with the library's own layout engine: HarfBuzz shaping, total-fit
/// line breaking with hyphenation, pagination with footnotes, a table of contents with real page numbers, link
/// annotations, bookmarks and the document language. Fonts are the bundled ones, embedded and subset. The same
/// input always gives the same bytes: dates come from <see cref="DocumentMetadata.Date"/>, never the clock.
/// </summary>
public sealed class PdfReportRenderer : IReportRenderer
{
    private readonly IHyphenator hyphenator;

    /// <summary>Creates a renderer hyphenating with <see cref="LiangHyphenator.Default"/>.</summary>
    public PdfReportRenderer()
        : this(LiangHyphenator.Default)
    {
    }

    /// <summary>Creates a renderer with the given hyphenator.</summary>
    /// <param name="hyphenator">Finds hyphenation points of words.</param>
    public PdfReportRenderer(IHyphenator hyphenator)
    {
        this.hyphenator = hyphenator ?? throw new ArgumentNullException(nameof(hyphenator));
    }

    /// <inheritdoc />
    public ReportFormat Format => ReportFormat.Pdf;

    /// <inheritdoc />
    /// <remarks>
    /// Layout and writing are CPU-bound and run synchronously: the layout on the calling thread, the serialising and
    /// compression of each page on a second thread of the renderer's own, a few pages behind (no thread is borrowed
    /// from the pool); only the write to <paramref name="output"/> is asynchronous. The file is built once in memory.
    /// </remarks>
    /// <exception cref="Diagnostics.ReportInputException">The document has characters the theme's fonts cannot set or, tagged, pictures without alternative text (<see cref="RenderCheck"/>: every one, nothing written), an image that cannot be decoded, or refers to a missing footnote.</exception>
    /// <exception cref="ArgumentException"><paramref name="output"/> is read-only (checked before any work is done).</exception>
    /// <exception cref="ObjectDisposedException"><paramref name="output"/> has been closed or disposed.</exception>
    public async Task RenderAsync(ReportDocument document, RenderOptions options, Stream output, CancellationToken cancellationToken = default)
    {
        OutputStreams.ThrowIfNotWritable(output, nameof(output));
        var pdf = Render(document, options, cancellationToken);
        await output.WriteAsync(pdf, cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    /// <remarks>The file is built once in memory, then written to <paramref name="output"/>.</remarks>
    /// <exception cref="Diagnostics.ReportInputException">The document has characters the theme's fonts cannot set or, tagged, pictures without alternative text (<see cref="RenderCheck"/>: every one, nothing written), an image that cannot be decoded, or refers to a missing footnote.</exception>
    /// <exception cref="ArgumentException"><paramref name="output"/> is read-only (checked before any work is done).</exception>
    /// <exception cref="ObjectDisposedException"><paramref name="output"/> has been closed or disposed.</exception>
    public void Render(ReportDocument document, RenderOptions options, Stream output, CancellationToken cancellationToken = default)
    {
        OutputStreams.ThrowIfNotWritable(output, nameof(output));
        output.Write(Render(document, options, cancellationToken));
    }

    /// <summary>Renders <paramref name="document"/> and returns the PDF bytes.</summary>
    /// <remarks>Layout and writing are CPU-bound and run synchronously: the layout on the calling thread, each page's writing on a second thread a few pages behind.</remarks>
    /// <param name="document">The document tree.</param>
    /// <param name="options">Theme, tagging, PDF/A and the embedded source.</param>
    /// <param name="cancellationToken">Cancels the rendering between blocks.</param>
    /// <exception cref="Diagnostics.ReportInputException">The document has characters the theme's fonts cannot set or, tagged, pictures without alternative text (<see cref="RenderCheck"/>: every one, nothing written), an image that cannot be decoded, or refers to a missing footnote.</exception>
    public byte[] Render(ReportDocument document, RenderOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(options);
        RenderCheck.ThrowIfAny(document, options, ReportFormat.Pdf);
        var level = !options.PdfA ? PdfArchivalLevel.None
            : options.EmbeddedSource is not null ? PdfArchivalLevel.PdfA3B
            : options.Tagged ? PdfArchivalLevel.PdfA2A
            : PdfArchivalLevel.PdfA2B;
        var source = options.EmbeddedSource is { } embedded
            ? new PdfAttachment(embedded.FileName, embedded.MediaType, "The source data this document was made from", embedded.Content, null)
            : null;
        var laidOut = LaidOutDocument.Of(document, options.Theme, hyphenator);
        using var sink = new PdfFrameSink(level, options.Tagged, source);
        using (var pipeline = new PipelinedPageSink(sink))
        {
            laidOut.WriteTo(pipeline, cancellationToken);
        }
        return sink.Bytes;
    }
}
