using Csto.Reporting.Fonts;
using SkiaSharp;

namespace Csto.Reporting.Pictures;

/// <summary>
/// Draws a <see cref="VectorDrawing"/> with Skia: onto a canvas (PNG pages draw SVG pictures this way) or into a PNG
/// at a given resolution (the fallback DOCX stores beside an SVG picture). Texts are set in the bundled family the
/// SVG names when there is one, otherwise in <c>fallback</c>.
/// </summary>
internal static class VectorRasterizer
{
    /// <summary>The most pixels a side of <see cref="Png"/>'s picture has: 4 096.</summary>
    public const int MaxSide = 4096;

    /// <summary>
    /// The drawing as a PNG on white, stretched to <paramref name="width"/> × <paramref name="height"/> points (the
    /// size it is shown at) at <paramref name="dpi"/> dots per inch, but at most <see cref="MaxSide"/> pixels a side
    /// (the resolution drops for a larger picture, its proportions stay).
    /// </summary>
    public static byte[] Png(VectorDrawing drawing, double width, double height, FontFamily fallback, int dpi = 150, FontFamily? named = null)
    {
        var (pixelWidth, pixelHeight) = PixelSize(width, height, dpi);
        using var surface = SKSurface.Create(new SKImageInfo(pixelWidth, pixelHeight, SKColorType.Rgba8888, SKAlphaType.Premul))
            ?? throw new InvalidOperationException($"Skia cannot allocate a {pixelWidth}×{pixelHeight} picture.");
        var canvas = surface.Canvas;
        canvas.Clear(SKColors.White);
        canvas.Scale((float)(pixelWidth / drawing.Width), (float)(pixelHeight / drawing.Height));
        using var typefaces = new TypefaceSet();
        Draw(canvas, drawing, 0, 0, 1, (text, c) => DrawText(c, text, typefaces.Get(Family(text, fallback, named), FontFaces.Of(text.Bold, text.Italic))));
        using var image = surface.Snapshot();
        using var data = image.Encode(SKEncodedImageFormat.Png, 100);
        return data.ToArray();
    }

    /// <summary>
    /// The pixels of a picture <paramref name="width"/> × <paramref name="height"/> points at <paramref name="dpi"/>,
    /// scaled down to at most <see cref="MaxSide"/> a side; at least 1 × 1.
    /// </summary>
    public static (int Width, int Height) PixelSize(double width, double height, int dpi)
    {
        var scale = dpi / 72.0;
        scale = Math.Min(scale, MaxSide / Math.Max(1, Math.Max(width, height)));
        return (Math.Clamp((int)Math.Ceiling(width * scale - 1e-9), 1, MaxSide), Math.Clamp((int)Math.Ceiling(height * scale - 1e-9), 1, MaxSide));
    }

    /// <summary>
    /// The family <paramref name="text"/> names among <paramref name="fallback"/>, <paramref name="named"/> (a theme's
    /// own families, which need not be bundled) and the bundled families; else <paramref name="fallback"/>.
    /// </summary>
    public static FontFamily Family(VectorText text, FontFamily fallback, FontFamily? named = null) =>
        new[] { fallback, named }.Concat(BundledFonts.Families)
            .FirstOrDefault(f => f is not null && string.Equals(f.Name, text.Family, StringComparison.OrdinalIgnoreCase)) ?? fallback;

    /// <summary>
    /// Paints the drawing's paths onto <paramref name="canvas"/> with its top-left corner at (<paramref name="x"/>,
    /// <paramref name="y"/>) scaled by <paramref name="scale"/>; texts go to <paramref name="text"/> (the canvas is
    /// already transformed and clipped for them).
    /// </summary>
    public static void Draw(SKCanvas canvas, VectorDrawing drawing, float x, float y, float scale, Action<VectorText, SKCanvas>? text)
    {
        canvas.Save();
        canvas.Translate(x, y);
        canvas.Scale(scale);
        using var paint = new SKPaint { IsAntialias = true };
        foreach (var item in drawing.Items)
        {
            canvas.Save();
            if (item.Clip is { } clip)
            {
                canvas.ClipRect(new SKRect((float)clip.Left, (float)clip.Top, (float)clip.Right, (float)clip.Bottom));
            }
            switch (item)
            {
                case VectorPath path:
                    using (var skPath = Path(path))
                    {
                        if (path.Fill is { } fill)
                        {
                            paint.Reset();
                            paint.IsAntialias = true;
                            paint.Style = SKPaintStyle.Fill;
                            paint.Color = Color(fill);
                            using var fillShader = path.FillGradient is { } fillGradient ? Shader(fillGradient) : null;
                            paint.Shader = fillShader;
                            skPath.FillType = path.EvenOdd ? SKPathFillType.EvenOdd : SKPathFillType.Winding;
                            canvas.DrawPath(skPath, paint);
                            paint.Shader = null;
                        }
                        if (path.Stroke is { } stroke)
                        {
                            paint.Reset();
                            paint.IsAntialias = true;
                            paint.Style = SKPaintStyle.Stroke;
                            paint.Color = Color(stroke.Color);
                            using var strokeShader = stroke.Gradient is { } strokeGradient ? Shader(strokeGradient) : null;
                            paint.Shader = strokeShader;
                            paint.StrokeWidth = (float)stroke.Width;
                            paint.StrokeCap = stroke.Cap switch { 1 => SKStrokeCap.Round, 2 => SKStrokeCap.Square, _ => SKStrokeCap.Butt };
                            paint.StrokeJoin = stroke.Join switch { 1 => SKStrokeJoin.Round, 2 => SKStrokeJoin.Bevel, _ => SKStrokeJoin.Miter };
                            paint.StrokeMiter = (float)stroke.MiterLimit;
                            using var dash = stroke.Dashes.Count > 0 && stroke.Dashes.Any(d => d > 0) ? SKPathEffect.CreateDash(stroke.Dashes.Select(d => (float)d).ToArray(), 0) : null;
                            paint.PathEffect = dash;
                            canvas.DrawPath(skPath, paint);
                            paint.PathEffect = null;
                            paint.Shader = null;
                        }
                    }
                    break;
                case VectorText vectorText when text is not null:
                    text(vectorText, canvas);
                    break;
            }
            canvas.Restore();
        }
        canvas.Restore();
    }

    /// <summary>The Skia path of <paramref name="path"/>.</summary>
    public static SKPath Path(VectorPath path)
    {
        var result = new SKPath();
        foreach (var s in path.Segments)
        {
            switch (s.Kind)
            {
                case SegmentKind.MoveTo:
                    result.MoveTo((float)s.X1, (float)s.Y1);
                    break;
                case SegmentKind.LineTo:
                    result.LineTo((float)s.X1, (float)s.Y1);
                    break;
                case SegmentKind.CubicTo:
                    result.CubicTo((float)s.X1, (float)s.Y1, (float)s.X2, (float)s.Y2, (float)s.X3, (float)s.Y3);
                    break;
                default:
                    result.Close();
                    break;
            }
        }
        return result;
    }

    /// <summary>The Skia shader of <paramref name="gradient"/>: clamped (SVG's pad), in the gradient's space mapped to the drawing's points.</summary>
    public static SKShader Shader(VectorGradient gradient)
    {
        var colors = gradient.Stops.Select(s => Color(s.Color)).ToArray();
        var offsets = gradient.Stops.Select(s => (float)s.Offset).ToArray();
        var m = gradient.Matrix;
        var local = new SKMatrix((float)m.A, (float)m.C, (float)m.E, (float)m.B, (float)m.D, (float)m.F, 0, 0, 1);
        var start = new SKPoint((float)gradient.X1, (float)gradient.Y1);
        var end = new SKPoint((float)gradient.X2, (float)gradient.Y2);
        return gradient.Kind == GradientKind.Linear
            ? SKShader.CreateLinearGradient(start, end, colors, offsets, SKShaderTileMode.Clamp, local)
            : SKShader.CreateTwoPointConicalGradient(start, 0, end, (float)gradient.Radius, colors, offsets, SKShaderTileMode.Clamp, local);
    }

    private static SKColor Color(VectorColor color) => new(color.Red, color.Green, color.Blue);

    private static void DrawText(SKCanvas canvas, VectorText text, SKTypeface typeface)
    {
        using var font = new SKFont(typeface, (float)text.Size);
        using var paint = new SKPaint { IsAntialias = true, Color = Color(text.Color) };
        var width = font.MeasureText(text.Text);
        var x = (float)text.X - text.Anchor switch { TextAnchor.Middle => width / 2, TextAnchor.End => width, _ => 0 };
        canvas.DrawText(text.Text, x, (float)text.Y, SKTextAlign.Left, font, paint);
    }

    /// <summary>The Skia typefaces of one rasterisation, made from the bundled bytes once each.</summary>
    private sealed class TypefaceSet : IDisposable
    {
        private readonly Dictionary<(FontFamily, FontFace), SKTypeface> typefaces = [];

        public SKTypeface Get(FontFamily family, FontFace face)
        {
            if (!typefaces.TryGetValue((family, face), out var typeface))
            {
                using var data = SKData.CreateCopy(family.Load(face).Span);
                typeface = SKTypeface.FromData(data);
                typefaces.Add((family, face), typeface);
            }
            return typeface;
        }

        public void Dispose()
        {
            foreach (var typeface in typefaces.Values)
            {
                typeface.Dispose();
            }
        }
    }
}
