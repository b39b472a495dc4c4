using Csto.Reporting.Documents;
using Csto.Reporting.Pdf.Frames;
using Csto.Reporting.Pdf.Pagination;
using SkiaSharp;

namespace Csto.Reporting.Pdf.Drawing;

/// <summary>
/// Paints each frame on a white raster surface at a resolution, encodes it as PNG and writes it straight to the
/// caller's stream of that page: one page is held at a time.
/// </summary>
internal sealed class PngPageSink(int dpi, Func<int, Stream> openPage, CancellationToken cancellationToken) : IPageSink, IDisposable
{
    private readonly SkiaFramePainter painter = new(annotations: false);

    /// <inheritdoc />
    public void Begin(DocumentMetadata metadata)
    {
    }

    /// <inheritdoc />
    public void Page(PageFrame frame)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var scale = dpi / 72f;
        using var surface = SKSurface.Create(new SKImageInfo((int)Math.Ceiling(frame.Width * scale), (int)Math.Ceiling(frame.Height * scale), SKColorType.Rgba8888, SKAlphaType.Premul))
            ?? throw new InvalidOperationException($"Skia could not create a {frame.Width}×{frame.Height} pt raster surface at {dpi} DPI.");
        surface.Canvas.Clear(SKColors.White);
        surface.Canvas.Scale(scale);
        painter.Paint(frame, surface.Canvas);
        using var image = surface.Snapshot();
        using var data = image.Encode(SKEncodedImageFormat.Png, 100);
        var stream = openPage(frame.Number);
        stream.Write(data.AsSpan());
        stream.Flush();
    }

    /// <inheritdoc />
    public void End(LayoutResult result)
    {
    }

    /// <inheritdoc />
    public void Dispose() => painter.Dispose();
}
