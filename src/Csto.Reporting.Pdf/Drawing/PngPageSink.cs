using Csto.Reporting.Pdf.Pagination;
using SkiaSharp;

namespace Csto.Reporting.Pdf.Drawing;

/// <summary>
/// Draws each page on a white raster surface at a resolution and encodes it as PNG. When the drawing attempt is the
/// only one (<paramref name="direct"/>), each page goes straight to the caller's stream; otherwise the encoded pages
/// are kept until the attempt is committed, so a repeated attempt never opens a page twice.
/// </summary>
internal sealed class PngPageSink(int dpi, bool direct, Func<int, Stream> openPage, CancellationToken cancellationToken) : IPageSink, IDisposable
{
    private readonly PageCanvas canvas = new(annotations: false);
    private readonly List<byte[]> held = [];
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
        using (var image = surface!.Snapshot())
        using (var data = image.Encode(SKEncodedImageFormat.Png, 100))
        {
            if (direct)
            {
                var stream = openPage(page);
                stream.Write(data.AsSpan());
                stream.Flush();
            }
            else
            {
                held.Add(data.ToArray());
            }
        }
        surface.Dispose();
        surface = null;
    }

    /// <summary>
    /// The encoded pages held back for the commit, in page order (empty when pages went straight to the caller);
    /// the caller writes page n + 1 from element n.
    /// </summary>
    public IReadOnlyList<byte[]> HeldPages => held;

    /// <inheritdoc />
    public void Dispose()
    {
        surface?.Dispose();
        canvas.Dispose();
    }
}
