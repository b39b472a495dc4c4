using Csto.Reporting.Pdf.Fonts;
using Csto.Reporting.Pdf.Text;
using SkiaSharp;

namespace Csto.Reporting.Pdf.Drawing;

/// <summary>
/// Draws one page: glyph runs batched into one text blob per colour, rules, images and (in PDF) link annotations.
/// Paints, fonts and the blob builder are reused across pages, so drawing allocates little per glyph.
/// </summary>
internal sealed class PageCanvas : IDisposable
{
    private readonly SKPaint textPaint = new() { IsAntialias = true, Style = SKPaintStyle.Fill };
    private readonly SKPaint rulePaint = new() { IsAntialias = true, Style = SKPaintStyle.Stroke };
    private readonly SKTextBlobBuilder builder = new();
    private readonly Dictionary<(LoadedFont Font, float Size), SKFont> fonts = [];
    private SKColor pendingColor;
    private bool pending;

    /// <summary>Creates a canvas writer; <paramref name="annotations"/> is true for PDF (links and destinations).</summary>
    public PageCanvas(bool annotations)
    {
        Annotations = annotations;
    }

    /// <summary>The Skia canvas of the current page.</summary>
    public SKCanvas Canvas { get; private set; } = null!;

    /// <summary>Whether link annotations and named destinations are written.</summary>
    public bool Annotations { get; }

    /// <summary>Starts drawing on a page's canvas.</summary>
    public void Begin(SKCanvas canvas)
    {
        Canvas = canvas;
        pending = false;
    }

    /// <summary>Draws a shaped run with its left end at <paramref name="x"/> on the baseline <paramref name="y"/>.</summary>
    public void DrawRun(ShapedRun run, float size, float x, float y, SKColor color)
    {
        var count = run.Glyphs.Length;
        if (count == 0)
        {
            return;
        }
        Prepare(color);
        var buffer = builder.AllocateHorizontalTextRun(Font(run.Font, size), count, y, run.Utf8.Length);
        buffer.SetGlyphs(run.Glyphs);
        var positions = buffer.Positions;
        for (var i = 0; i < count; i++)
        {
            positions[i] = x + run.Positions[i] * size;
        }
        buffer.SetText(run.Utf8);
        buffer.SetClusters(run.Clusters);
    }

    /// <summary>Draws every run of a shaped text from <paramref name="x"/>.</summary>
    public void DrawText(ShapedText text, float size, float x, float y, SKColor color)
    {
        foreach (var run in text.Runs)
        {
            DrawRun(run, size, x, y, color);
            x += run.Advance * size;
        }
    }

    /// <summary>Draws a straight line.</summary>
    public void Rule(float x1, float y1, float x2, float y2, float width, SKColor color)
    {
        Flush();
        rulePaint.Color = color;
        rulePaint.StrokeWidth = width;
        Canvas.DrawLine(x1, y1, x2, y2, rulePaint);
    }

    /// <summary>Draws an image into a rectangle.</summary>
    public void Image(SKImage image, SKRect rect)
    {
        Flush();
        using var sampling = new SKPaint { IsAntialias = true };
        Canvas.DrawImage(image, rect, new SKSamplingOptions(SKCubicResampler.Mitchell), sampling);
    }

    /// <summary>Makes a rectangle a link to a URI or, for <c>#anchor</c>, to a heading's destination.</summary>
    public void Link(SKRect rect, string target)
    {
        if (!Annotations || rect.Width <= 0)
        {
            return;
        }
        Flush();
        if (target.StartsWith('#'))
        {
            Canvas.DrawLinkDestinationAnnotation(rect, target[1..])?.Dispose();
        }
        else
        {
            Canvas.DrawUrlAnnotation(rect, target)?.Dispose();
        }
    }

    /// <summary>Marks a named destination (a heading's anchor) at a point.</summary>
    public void Destination(float x, float y, string name)
    {
        if (Annotations)
        {
            Flush();
            Canvas.DrawNamedDestinationAnnotation(new SKPoint(x, y), name)?.Dispose();
        }
    }

    /// <summary>Draws the glyphs batched so far.</summary>
    public void Flush()
    {
        if (!pending)
        {
            return;
        }
        pending = false;
        using var blob = builder.Build();
        if (blob is not null)
        {
            textPaint.Color = pendingColor;
            Canvas.DrawText(blob, 0, 0, textPaint);
        }
    }

    /// <inheritdoc />
    public void Dispose()
    {
        foreach (var font in fonts.Values)
        {
            font.Dispose();
        }
        builder.Dispose();
        textPaint.Dispose();
        rulePaint.Dispose();
    }

    private void Prepare(SKColor color)
    {
        if (pending && color != pendingColor)
        {
            Flush();
        }
        pendingColor = color;
        pending = true;
    }

    private SKFont Font(LoadedFont font, float size)
    {
        if (!fonts.TryGetValue((font, size), out var skFont))
        {
            skFont = new SKFont(font.Typeface, size)
            {
                Subpixel = true,
                LinearMetrics = true,
                Hinting = SKFontHinting.None,
                Edging = SKFontEdging.Antialias,
            };
            fonts.Add((font, size), skFont);
        }
        return skFont;
    }
}
