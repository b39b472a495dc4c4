using Csto.Reporting.Documents;
using Csto.Reporting.Pdf.Frames;
using Csto.Reporting.Pdf.Pagination;
using SkiaSharp;

namespace Csto.Reporting.Pdf.Drawing;

/// <summary>
/// Paints each frame on a white raster surface at a resolution and encodes it as PNG. When the drawing attempt is the
/// only one (<paramref name="direct"/>), each page goes straight to the caller's stream; otherwise the encoded pages
/// are kept until the attempt is committed, so a repeated attempt never opens a page twice.
/// </summary>
internal sealed class PngPageSink(int dpi, bool direct, Func<int, Stream> openPage, CancellationToken cancellationToken) : IPageSink, IDisposable
{
    private readonly SkiaFramePainter painter = new(annotations: false);
    private readonly List<byte[]> held = [];

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
        if (direct)
        {
            var stream = openPage(frame.Number);
            stream.Write(data.AsSpan());
            stream.Flush();
        }
        else
        {
            held.Add(data.ToArray());
        }
    }

    /// <inheritdoc />
    public void End(LayoutResult result)
    {
    }

    /// <summary>
    /// The encoded pages held back for the commit, in page order (empty when pages went straight to the caller);
    /// the caller writes page n + 1 from element n.
    /// </summary>
    public IReadOnlyList<byte[]> HeldPages => held;

    /// <inheritdoc />
    public void Dispose() => painter.Dispose();
}
