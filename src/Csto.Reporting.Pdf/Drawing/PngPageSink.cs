using Csto.Reporting.Documents;
using Csto.Reporting.Pdf.Frames;
using Csto.Reporting.Pdf.Pagination;
using SkiaSharp;

namespace Csto.Reporting.Pdf.Drawing;

/// <summary>
/// Paints each frame on a white raster at a resolution and encodes it as PNG straight into the caller's stream of that
/// page. One raster is kept for the whole rendering and reused by every page of its size (a page of another size
/// replaces it), and the encoder writes through a small buffer into the page's stream, so memory holds one page's
/// pixels and no copy of its PNG, whatever the page count.
/// </summary>
internal sealed class PngPageSink(int dpi, Func<int, Stream> openPage, CancellationToken cancellationToken) : IPageSink, IDisposable
{
    private readonly SkiaFramePainter painter = new(annotations: false);
    private SKBitmap? raster;
    private SKCanvas? canvas;

    /// <inheritdoc />
    public void Begin(DocumentMetadata metadata)
    {
    }

    /// <inheritdoc />
    public void Page(PageFrame frame)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var scale = dpi / 72f;
        var target = Canvas((int)Math.Ceiling(frame.Width * scale), (int)Math.Ceiling(frame.Height * scale), frame);
        var saved = target.Save();
        target.Clear(SKColors.White);
        target.Scale(scale);
        painter.Paint(frame, target);
        target.RestoreToCount(saved);
        target.Flush();
        var stream = openPage(frame.Number);
        // The encoder writes from native code: an exception thrown by the page's stream (a full disk) must not cross
        // back into Skia, which would end the process. It is caught, the rest of the page is dropped, and it is
        // thrown here, on the layout's thread, as the writer's own failure.
        var guarded = new GuardedStream(stream);
        using (var pixels = raster!.PeekPixels())
        using (var output = new SKManagedWStream(guarded))
        {
            var encoded = pixels.Encode(output, SKEncodedImageFormat.Png, 100);
            guarded.ThrowIfFailed();
            if (!encoded)
            {
                throw new InvalidOperationException($"Skia could not encode page {frame.Number} as PNG.");
            }
        }
        stream.Flush();
    }

    /// <inheritdoc />
    public void End(LayoutResult result)
    {
    }

    /// <inheritdoc />
    public void Dispose()
    {
        canvas?.Dispose();
        raster?.Dispose();
        painter.Dispose();
    }

    /// <summary>The canvas of the raster, made (or remade) when a page's size in pixels differs from the last one's.</summary>
    private SKCanvas Canvas(int width, int height, PageFrame frame)
    {
        if (canvas is not null && raster!.Width == width && raster.Height == height)
        {
            return canvas;
        }
        canvas?.Dispose();
        raster?.Dispose();
        canvas = null;
        raster = new SKBitmap(new SKImageInfo(width, height, SKColorType.Rgba8888, SKAlphaType.Premul));
        if (raster.IsNull || raster.GetPixels() == IntPtr.Zero)
        {
            raster.Dispose();
            raster = null;
            throw new InvalidOperationException($"Skia could not make a {frame.Width}×{frame.Height} pt raster at {dpi} DPI.");
        }
        canvas = new SKCanvas(raster);
        return canvas;
    }

    /// <summary>
    /// Passes writes on to a page's stream and keeps the first exception instead of letting it unwind through the
    /// native encoder; later writes are dropped.
    /// </summary>
    private sealed class GuardedStream(Stream inner) : Stream
    {
        private System.Runtime.ExceptionServices.ExceptionDispatchInfo? failure;

        public override bool CanRead => false;

        public override bool CanSeek => false;

        public override bool CanWrite => true;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        /// <summary>Throws the exception the page's stream threw, if it threw one.</summary>
        public void ThrowIfFailed() => failure?.Throw();

        public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

        public override void Write(ReadOnlySpan<byte> buffer)
        {
            if (failure is not null)
            {
                return;
            }
            try
            {
                inner.Write(buffer);
            }
            catch (Exception exception)
            {
                failure = System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(exception);
            }
        }

        public override void Flush()
        {
            if (failure is not null)
            {
                return;
            }
            try
            {
                inner.Flush();
            }
            catch (Exception exception)
            {
                failure = System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(exception);
            }
        }

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();
    }
}
