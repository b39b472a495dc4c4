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
    private readonly List<ushort> runGlyphs = [];
    private readonly List<float> runPositions = [];
    private readonly List<byte> runText = [];
    private readonly List<uint> runClusters = [];
    private LoadedFont? runFont;
    private float runSize;
    private float runY;
    private SKColor runColor;
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
        runGlyphs.Clear();
        runPositions.Clear();
        runText.Clear();
        runClusters.Clear();
    }

    /// <summary>
    /// Draws a shaped run with its left end at <paramref name="x"/> on the baseline <paramref name="y"/>. Consecutive
    /// runs of one font, size, baseline and colour are merged into one text run, so a line is usually one run.
    /// </summary>
    public void DrawRun(ShapedRun run, float size, float x, float y, SKColor color)
    {
        var count = run.Glyphs.Length;
        if (count == 0)
        {
            return;
        }
        if (runGlyphs.Count > 0 && (run.Font != runFont || size != runSize || y != runY || color != runColor))
        {
            EndRun();
        }
        runFont = run.Font;
        runSize = size;
        runY = y;
        runColor = color;
        var textBase = (uint)runText.Count;
        for (var i = 0; i < count; i++)
        {
            runGlyphs.Add(run.Glyphs[i]);
            runPositions.Add(x + run.Positions[i] * size);
            runClusters.Add(textBase + run.Clusters[i]);
        }
        runText.AddRange(run.Utf8);
    }

    private void EndRun()
    {
        if (runGlyphs.Count == 0)
        {
            return;
        }
        Prepare(runColor);
        var buffer = builder.AllocateHorizontalTextRun(Font(runFont!, runSize), runGlyphs.Count, runY, runText.Count);
        buffer.SetGlyphs(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(runGlyphs));
        buffer.SetPositions(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(runPositions));
        buffer.SetText(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(runText));
        buffer.SetClusters(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(runClusters));
        runGlyphs.Clear();
        runPositions.Clear();
        runText.Clear();
        runClusters.Clear();
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
        EndRun();
        DrawBlob();
    }

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
            DrawBlob();
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
