using Csto.Reporting.Documents;
using Csto.Reporting.Hyphenation;
using Csto.Reporting.Pdf.Drawing;
using Csto.Reporting.Pdf.Pagination;
using Csto.Reporting.Pdf.PdfFile;
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
    /// Layout and drawing are CPU-bound and run synchronously on the calling thread (no thread is borrowed from the
    /// pool); only the writes to <paramref name="output"/> are asynchronous. The file is built once in memory and
    /// written as it is, followed by the bookmarks-and-language update, with no further copy.
    /// </remarks>
    /// <exception cref="Diagnostics.ReportInputException">The document has a character no bundled font can draw, an image that cannot be decoded, or refers to a missing footnote.</exception>
    public async Task RenderAsync(ReportDocument document, RenderOptions options, Stream output, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(output);
        var (pdf, update) = RenderParts(document, options, cancellationToken);
        await output.WriteAsync(pdf, cancellationToken).ConfigureAwait(false);
        await output.WriteAsync(update, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Renders <paramref name="document"/> and returns the PDF bytes.</summary>
    /// <remarks>Layout and drawing are CPU-bound and run synchronously on the calling thread.</remarks>
    /// <param name="document">The document tree.</param>
    /// <param name="options">Theme and PDF/A choice.</param>
    /// <param name="cancellationToken">Cancels the rendering between blocks.</param>
    /// <exception cref="Diagnostics.ReportInputException">The document has a character no bundled font can draw, an image that cannot be decoded, or refers to a missing footnote.</exception>
    public byte[] Render(ReportDocument document, RenderOptions options, CancellationToken cancellationToken = default)
    {
        var (pdf, update) = RenderParts(document, options, cancellationToken);
        var bytes = new byte[pdf.Count + update.Length];
        pdf.AsSpan().CopyTo(bytes);
        update.CopyTo(bytes.AsSpan(pdf.Count));
        return bytes;
    }

    /// <summary>Skia's PDF (its own buffer, with a deterministic identifier) and the incremental update to append to it.</summary>
    private (ArraySegment<byte> Pdf, byte[] Update) RenderParts(ReportDocument document, RenderOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(options);
        var passes = new LayoutPasses(document, options.Theme, hyphenator);
        ArraySegment<byte> skiaPdf = default;
        var result = passes.Draw(
            _ => new PdfPageSink(options.PdfA),
            (sink, _) => skiaPdf = sink.Bytes,
            cancellationToken);
        PdfIdentifier.MakeDeterministic(skiaPdf);
        var additions = new PdfCatalogAdditions
        {
            Outline = result.Headings
                .Select(h => new PdfOutlineEntry(h.Title, h.Level, h.Page - 1, Math.Max(0, h.PageHeight - h.Top)))
                .ToList(),
            Language = document.Metadata.Language,
        };
        return (skiaPdf, PdfIncrementalUpdater.CreateUpdate(skiaPdf, additions));
    }
}
