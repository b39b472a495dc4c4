using Csto.Reporting.Documents;
using Csto.Reporting.Pdf.Frames;
using Csto.Reporting.Pdf.Pagination;
using SkiaSharp;

namespace Csto.Reporting.Pdf.Drawing;

/// <summary>Paints frames into a Skia PDF document held in memory; pages are written out by Skia as they end.</summary>
internal sealed class PdfPageSink(bool pdfA) : IPageSink, IDisposable
{
    /// <summary>The fixed producer string (no version or time, so output stays byte-identical).</summary>
    public const string Producer = "Csto.Reporting.Pdf (SkiaSharp)";

    private readonly MemoryStream buffer = new();
    private readonly SkiaFramePainter painter = new(annotations: true);
    private SKDocument? document;
    private bool closed;

    /// <inheritdoc />
    public void Begin(DocumentMetadata metadata)
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
    public void Page(PageFrame frame)
    {
        var canvas = Document.BeginPage(frame.Width, frame.Height);
        painter.Paint(frame, canvas);
        Document.EndPage();
    }

    /// <inheritdoc />
    public void End(LayoutResult result)
    {
        Document.Close();
        closed = true;
    }

    /// <summary>
    /// The finished document's bytes: the sink's own buffer, not a copy, so it stays valid (and writable, for
    /// in-place fixes) after the sink is disposed.
    /// </summary>
    public ArraySegment<byte> Bytes => closed && buffer.TryGetBuffer(out var written)
        ? written
        : throw new InvalidOperationException("The PDF is not finished.");

    private SKDocument Document => document ?? throw new InvalidOperationException("The PDF sink has not begun.");

    /// <inheritdoc />
    public void Dispose()
    {
        if (!closed)
        {
            document?.Abort();
        }
        document?.Dispose();
        painter.Dispose();
        buffer.Dispose();
    }
}
