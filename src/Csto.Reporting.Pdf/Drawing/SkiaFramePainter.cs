using System.Runtime.InteropServices;
using Csto.Reporting.Documents;
using Csto.Reporting.Pdf.Fonts;
using Csto.Reporting.Pdf.Frames;
using SkiaSharp;

namespace Csto.Reporting.Pdf.Drawing;

/// <summary>
/// Paints page frames on a Skia canvas: consecutive glyph runs of one colour batched into one text blob, lines,
/// pictures and clips; in PDF (<paramref name="annotations"/>) also link annotations and named destinations.
/// Paints, fonts, decoded pictures and the blob builder are reused across pages, so painting allocates little per
/// glyph. Belongs to one sink on one thread.
/// </summary>
internal sealed class SkiaFramePainter(bool annotations) : IDisposable
{
    private readonly SKPaint textPaint = new() { IsAntialias = true, Style = SKPaintStyle.Fill };
    private readonly SKPaint rulePaint = new() { IsAntialias = true, Style = SKPaintStyle.Stroke };
    private readonly SKPaint picturePaint = new() { IsAntialias = true };
    private readonly SKTextBlobBuilder builder = new();
    private readonly Dictionary<(LoadedFont Font, float Size, float Scale), SKFont> fonts = [];
    private readonly Dictionary<Image, SKImage> pictures = new(ReferenceEqualityComparer.Instance);
    private SKCanvas canvas = null!;
    private FrameColor pendingColor;
    private bool pending;

    /// <summary>Paints <paramref name="frame"/> on <paramref name="target"/> (in points; the caller scales).</summary>
    public void Paint(PageFrame frame, SKCanvas target)
    {
        canvas = target;
        pending = false;
        Paint(frame.Items);
        DrawBlob();
    }

    private void Paint(IReadOnlyList<FrameItem> items)
    {
        foreach (var item in items)
        {
            switch (item)
            {
                case GlyphRun run:
                    Add(run);
                    break;
                case Line line:
                    DrawBlob();
                    rulePaint.Color = Skia(line.Color);
                    rulePaint.StrokeWidth = line.Width;
                    canvas.DrawLine(line.X1, line.Y1, line.X2, line.Y2, rulePaint);
                    break;
                case Picture picture:
                    DrawBlob();
                    canvas.DrawImage(Decoded(picture.Source), Skia(picture.Area), new SKSamplingOptions(SKCubicResampler.Mitchell), picturePaint);
                    break;
                case VectorPicture vector:
                    DrawBlob();
                    Csto.Reporting.Pictures.VectorRasterizer.Draw(canvas, vector.Drawing, vector.Area.Left, vector.Area.Top, vector.Scale, null);
                    break;
                case LinkArea link when annotations:
                    DrawBlob();
                    if (link.Anchor is { } anchor)
                    {
                        canvas.DrawLinkDestinationAnnotation(Skia(link.Area), anchor)?.Dispose();
                    }
                    else
                    {
                        canvas.DrawUrlAnnotation(Skia(link.Area), link.Target)?.Dispose();
                    }
                    break;
                case NamedDestination destination when annotations:
                    DrawBlob();
                    canvas.DrawNamedDestinationAnnotation(new SKPoint(destination.X, destination.Y), destination.Name)?.Dispose();
                    break;
                case Clip clip:
                    DrawBlob();
                    canvas.Save();
                    canvas.ClipRect(Skia(clip.Area));
                    Paint(clip.Items);
                    DrawBlob();
                    canvas.Restore();
                    break;
            }
        }
    }

    private void Add(GlyphRun run)
    {
        if (pending && run.Color != pendingColor)
        {
            DrawBlob();
        }
        pendingColor = run.Color;
        pending = true;
        var count = run.Glyphs.Count;
        var buffer = builder.AllocateHorizontalTextRun(Font(run.Font, run.Size, run.HorizontalScale), count, run.Baseline, run.Utf8.Length);
        buffer.SetGlyphs(Span(run.Glyphs));
        buffer.SetPositions(Span(run.Positions));
        buffer.SetText(run.Utf8.Span);
        buffer.SetClusters(Span(run.Clusters));
    }

    private static ReadOnlySpan<T> Span<T>(IReadOnlyList<T> list) => list is T[] array ? array : list.ToArray();

    private void DrawBlob()
    {
        if (!pending)
        {
            return;
        }
        pending = false;
        using var blob = builder.Build();
        if (blob is not null)
        {
            textPaint.Color = Skia(pendingColor);
            canvas.DrawText(blob, 0, 0, textPaint);
        }
    }

    private SKImage Decoded(Image image)
    {
        if (!pictures.TryGetValue(image, out var decoded))
        {
            using var data = SKData.CreateCopy(image.Data.Span);
            decoded = SKImage.FromEncodedData(data)
                ?? throw new InvalidOperationException($"Skia cannot decode a {image.Format} picture that layout accepted.");
            pictures.Add(image, decoded);
        }
        return decoded;
    }

    private SKFont Font(LoadedFont font, float size, float scale)
    {
        if (!fonts.TryGetValue((font, size, scale), out var skFont))
        {
            skFont = new SKFont(SkiaTypefaces.Of(font), size)
            {
                Subpixel = true,
                LinearMetrics = true,
                Hinting = SKFontHinting.None,
                Edging = SKFontEdging.Antialias,
                ScaleX = scale,
            };
            fonts.Add((font, size, scale), skFont);
        }
        return skFont;
    }

    private static SKColor Skia(FrameColor color) => new(color.Red, color.Green, color.Blue);

    private static SKRect Skia(FrameRect rect) => new(rect.Left, rect.Top, rect.Right, rect.Bottom);

    /// <inheritdoc />
    public void Dispose()
    {
        foreach (var font in fonts.Values)
        {
            font.Dispose();
        }
        foreach (var picture in pictures.Values)
        {
            picture.Dispose();
        }
        builder.Dispose();
        textPaint.Dispose();
        rulePaint.Dispose();
        picturePaint.Dispose();
    }
}
