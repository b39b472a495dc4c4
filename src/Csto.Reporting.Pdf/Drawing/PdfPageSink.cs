using Csto.Reporting.Documents;
using Csto.Reporting.Pdf.Pagination;
using SkiaSharp;

namespace Csto.Reporting.Pdf.Drawing;

/// <summary>Draws pages into a Skia PDF document held in memory; pages are written out by Skia as they end.</summary>
internal sealed class PdfPageSink : IPageSink, IDisposable
{
    /// <summary>The fixed producer string (no version or time, so output stays byte-identical).</summary>
    public const string Producer = "Csto.Reporting.Pdf (SkiaSharp)";

    private readonly MemoryStream buffer = new();
    private readonly SKDocument document;
    private readonly PageCanvas canvas = new(annotations: true);
    private bool closed;

    public PdfPageSink(DocumentMetadata metadata, bool pdfA)
    {
        var date = metadata.Date is { } day ? new DateTime(day.Year, day.Month, day.Day, 0, 0, 0, DateTimeKind.Utc) : (DateTime?)null;
        var pdfMetadata = new SKDocumentPdfMetadata
        {
            Title = metadata.Title,
            Author = metadata.Author ?? string.Empty,
            Subject = metadata.Subject ?? string.Empty,
            Keywords = string.Join(", ", metadata.Keywords),
            Creator = "Csto.Reporting",
            Producer = Producer,
            Creation = date,
            Modified = date,
            RasterDpi = 300,
            EncodingQuality = 95,
            PdfA = pdfA,
        };
        document = SKDocument.CreatePdf(buffer, pdfMetadata)
            ?? throw new InvalidOperationException("Skia could not create a PDF document.");
    }

    /// <inheritdoc />
    public PageCanvas BeginPage(float width, float height)
    {
        canvas.Begin(document.BeginPage(width, height));
        return canvas;
    }

    /// <inheritdoc />
    public void EndPage() => document.EndPage();

    /// <summary>
    /// Finishes the document and returns its bytes: the sink's own buffer, not a copy, so it stays valid (and
    /// writable, for in-place fixes) after the sink is disposed.
    /// </summary>
    public ArraySegment<byte> Close()
    {
        document.Close();
        closed = true;
        return buffer.TryGetBuffer(out var written)
            ? written
            : throw new InvalidOperationException("The PDF buffer is not exposable.");
    }

    /// <inheritdoc />
    public void Dispose()
    {
        if (!closed)
        {
            document.Abort();
        }
        document.Dispose();
        canvas.Dispose();
        buffer.Dispose();
    }
}
