using Csto.Reporting.Pdf.Pagination;
using SkiaSharp;

namespace Csto.Reporting.Pdf.Drawing;

/// <summary>Draws each page on a white raster surface at a resolution and hands the encoded PNG to the caller.</summary>
internal sealed class PngPageSink(int dpi, Func<int, Stream> openPage, CancellationToken cancellationToken) : IPageSink, IDisposable
{
    private readonly PageCanvas canvas = new(annotations: false);
    private SKSurface? surface;
    private int page;

    /// <inheritdoc />
    public PageCanvas BeginPage(float width, float height)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var scale = dpi / 72f;
        surface = SKSurface.Create(new SKImageInfo((int)Math.Ceiling(width * scale), (int)Math.Ceiling(height * scale), SKColorType.Rgba8888, SKAlphaType.Premul))
            ?? throw new InvalidOperationException($"Skia could not create a {width}×{height} pt raster surface at {dpi} DPI.");
        surface.Canvas.Clear(SKColors.White);
        surface.Canvas.Scale(scale);
        canvas.Begin(surface.Canvas);
        return canvas;
    }

    /// <inheritdoc />
    public void EndPage()
    {
        page++;
        using var image = surface!.Snapshot();
        using var data = image.Encode(SKEncodedImageFormat.Png, 100);
        var stream = openPage(page);
        data.SaveTo(stream);
        stream.Flush();
        surface.Dispose();
        surface = null;
    }

    /// <inheritdoc />
    public void Dispose()
    {
        surface?.Dispose();
        canvas.Dispose();
    }
}
