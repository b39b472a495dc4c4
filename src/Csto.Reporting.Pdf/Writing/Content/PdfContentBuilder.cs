using System.Text;
using Csto.Reporting.Pdf.Writing.Fonts;
using Csto.Reporting.Pdf.Writing.Images;
using Csto.Reporting.Pdf.Writing.Syntax;

namespace Csto.Reporting.Pdf.Writing.Content;

/// <summary>
/// Builds one page's content stream (ISO 32000-1 §8–9, §14.6) in the layout's coordinates — points, origin at the
/// top left, y growing downwards — turned into PDF's (origin at the bottom left) here. Text is shown by glyph id
/// through Identity-H fonts (two-byte codes in literal strings) with TJ adjustments wherever the layout's positions differ from the font's widths;
/// rules, filled rectangles, clips, images and marked-content sequences (structure MCIDs, artifacts, spans with
/// /ActualText or /Lang). Colours are set only when they change. Remembers the fonts and images it used, which
/// become the page's resources.
/// </summary>
internal sealed class PdfContentBuilder
{
    private readonly PdfOutput output;
    private readonly float pageHeight;
    private readonly List<PdfEmbeddedFont> fonts = [];
    private readonly List<PdfImage> images = [];
    private readonly List<byte[]> patterns = [];
    private readonly Stack<(PdfColor? Fill, PdfColor? Stroke, float? LineWidth)> savedStates = new();
    private PdfColor? fill;
    private PdfColor? stroke;
    private float? lineWidth;
    private int markedDepth;
    private int nextMarkedContentId;

    /// <summary>
    /// Starts an empty stream for a page <paramref name="pageHeight"/> points high, in <paramref name="buffer"/> (emptied
    /// here; the document's pages take turns with one buffer) or in a new one.
    /// </summary>
    public PdfContentBuilder(float pageHeight, PdfOutput? buffer = null)
    {
        this.pageHeight = pageHeight;
        output = buffer ?? new PdfOutput(16 * 1024);
        output.Clear();
    }

    /// <summary>The content stream so far.</summary>
    public ReadOnlySpan<byte> Content => output.Written;

    /// <summary>The fonts shown on this page, in first-use order.</summary>
    public IReadOnlyList<PdfEmbeddedFont> Fonts => fonts;

    /// <summary>The images drawn on this page, in first-use order.</summary>
    public IReadOnlyList<PdfImage> Images => images;

    /// <summary>
    /// The shading patterns (§8.7.3.3) painted on this page, in first-use order, each a complete direct pattern
    /// dictionary; the page's resources name pattern <c>i</c> <c>/P{i}</c>.
    /// </summary>
    public IReadOnlyList<byte[]> Patterns => patterns;

    /// <summary>The number of marked-content identifiers handed out (MCIDs 0 to this minus one).</summary>
    public int MarkedContentCount => nextMarkedContentId;

    /// <summary>
    /// Shows glyphs of one font and size on one baseline. <paramref name="positions"/> holds each glyph's x from
    /// <paramref name="x"/> in points; <paramref name="utf8"/> and <paramref name="clusters"/> are the text the glyphs
    /// draw and HarfBuzz's cluster map (see <see cref="GlyphTexts"/>), read for the ToUnicode map only for glyphs the
    /// font has no text for yet.
    /// </summary>
    public void ShowGlyphs(PdfEmbeddedFont font, float size, float x, float baseline, ReadOnlySpan<ushort> glyphs, ReadOnlySpan<float> positions, PdfColor color, ReadOnlySpan<byte> utf8, ReadOnlySpan<uint> clusters, float horizontalScale = 1)
    {
        ArgumentNullException.ThrowIfNull(font);
        if (glyphs.Length != positions.Length || glyphs.Length != clusters.Length)
        {
            throw new ArgumentException($"{glyphs.Length} glyphs but {positions.Length} positions and {clusters.Length} clusters.", nameof(positions));
        }
        if (glyphs.Length == 0)
        {
            return;
        }
        if (!fonts.Contains(font))
        {
            fonts.Add(font);
        }
        SetFill(color);
        output.Operator("BT").Raw("\n").Name(font.ResourceName).Real(size, 2).Operator("Tf")
            .Raw("\n").Real(horizontalScale, 4).Raw(" 0 0 1").Real(x + positions[0], 2).Real(pageHeight - baseline, 2).Operator("Tm").Raw("\n[(");
        for (var i = 0; i < glyphs.Length; i++)
        {
            var glyph = glyphs[i];
            if (!font.HasText(glyph))
            {
                font.Use(glyph, GlyphTexts.Of(i, utf8, clusters));
            }
            output.LiteralStringBytesOf(glyph);
            if (i + 1 < glyphs.Length)
            {
                // The pen moves by the width in /W; a TJ number moves it back by thousandths of the font size.
                var wanted = (positions[i + 1] - positions[i]) / horizontalScale;
                var adjustment = (font.Width(glyph) * size / 1000.0 - wanted) * 1000.0 / size;
                if (Math.Abs(adjustment) >= 0.05)
                {
                    output.Raw(")").Real(adjustment, 1).Raw("(");
                }
            }
        }
        output.Raw(")]").Operator("TJ").Operator("ET").Raw("\n");
    }

    /// <summary>Strokes a straight line <paramref name="width"/> points wide.</summary>
    public void Line(float x1, float y1, float x2, float y2, float width, PdfColor color)
    {
        SetStroke(color);
        if (lineWidth != width)
        {
            output.Real(width, 3).Operator("w").Raw("\n");
            lineWidth = width;
        }
        output.Real(x1, 2).Real(pageHeight - y1, 2).Operator("m").Real(x2, 2).Real(pageHeight - y2, 2).Operator("l").Operator("S").Raw("\n");
    }

    /// <summary>Fills a rectangle whose top left corner is (<paramref name="x"/>, <paramref name="y"/>).</summary>
    public void FillRectangle(float x, float y, float width, float height, PdfColor color)
    {
        SetFill(color);
        Rectangle(x, y, width, height).Operator("f").Raw("\n");
    }

    /// <summary>Saves the graphics state and clips to a rectangle until the matching <see cref="EndClip"/>.</summary>
    public void BeginClip(float x, float y, float width, float height)
    {
        SaveState();
        Rectangle(x, y, width, height).Operator("W").Operator("n").Raw("\n");
    }

    /// <summary>Ends the innermost clip (restores the graphics state).</summary>
    public void EndClip() => RestoreState();

    /// <summary>Draws an image into a rectangle whose top left corner is (<paramref name="x"/>, <paramref name="y"/>).</summary>
    public void DrawImage(PdfImage image, float x, float y, float width, float height)
    {
        ArgumentNullException.ThrowIfNull(image);
        if (!images.Contains(image))
        {
            images.Add(image);
        }
        SaveState();
        output.Real(width, 3).Integer(0).Integer(0).Real(height, 3).Real(x, 3).Real(pageHeight - y - height, 3).Operator("cm")
            .Raw("\n").Name(image.ResourceName).Operator("Do").Raw("\n");
        RestoreState();
    }

    /// <summary>
    /// Draws a vector picture's paths as path operators (no XObject): the drawing's top left corner at
    /// (<paramref name="x"/>, <paramref name="y"/>), its points scaled by <paramref name="scale"/>, each path's clip
    /// rectangle as a clip; texts are not drawn here (the layout sets them as glyph runs in the document's fonts).
    /// </summary>
    public void DrawVector(Csto.Reporting.Pictures.VectorDrawing drawing, float x, float y, float scale)
    {
        ArgumentNullException.ThrowIfNull(drawing);
        SaveState();
        foreach (var item in drawing.Items)
        {
            if (item is not Csto.Reporting.Pictures.VectorPath path)
            {
                continue;
            }
            if (path.Clip is { } clip)
            {
                SaveState();
                Rectangle(x + (float)clip.Left * scale, y + (float)clip.Top * scale, (float)(clip.Right - clip.Left) * scale, (float)(clip.Bottom - clip.Top) * scale)
                    .Operator("W").Operator("n").Raw("\n");
            }
            if (path.FillGradient is { } fillGradient)
            {
                output.Name("Pattern").Operator("cs").Name(Pattern(fillGradient, x, y, scale)).Operator("scn").Raw("\n");
                fill = null;
            }
            else if (path.Fill is { } fillColor)
            {
                SetFill(new PdfColor(fillColor.Red, fillColor.Green, fillColor.Blue));
            }
            if (path.Stroke is { } strokeStyle)
            {
                if (strokeStyle.Gradient is { } strokeGradient)
                {
                    output.Name("Pattern").Operator("CS").Name(Pattern(strokeGradient, x, y, scale)).Operator("SCN").Raw("\n");
                    stroke = null;
                }
                else
                {
                    SetStroke(new PdfColor(strokeStyle.Color.Red, strokeStyle.Color.Green, strokeStyle.Color.Blue));
                }
                var width = (float)strokeStyle.Width * scale;
                if (lineWidth != width)
                {
                    output.Real(width, 3).Operator("w");
                    lineWidth = width;
                }
                output.Integer(strokeStyle.Cap).Operator("J").Integer(strokeStyle.Join).Operator("j").Real((float)strokeStyle.MiterLimit, 2).Operator("M").Raw("[");
                foreach (var dash in strokeStyle.Dashes)
                {
                    output.Real((float)dash * scale, 2);
                }
                output.Raw("]").Integer(0).Operator("d").Raw("\n");
            }
            foreach (var segment in path.Segments)
            {
                switch (segment.Kind)
                {
                    case Csto.Reporting.Pictures.SegmentKind.MoveTo:
                        Point(segment.X1, segment.Y1).Operator("m");
                        break;
                    case Csto.Reporting.Pictures.SegmentKind.LineTo:
                        Point(segment.X1, segment.Y1).Operator("l");
                        break;
                    case Csto.Reporting.Pictures.SegmentKind.CubicTo:
                        Point(segment.X1, segment.Y1);
                        Point(segment.X2, segment.Y2);
                        Point(segment.X3, segment.Y3).Operator("c");
                        break;
                    default:
                        output.Operator("h");
                        break;
                }
            }
            var paint = (path.Fill is not null, path.Stroke is not null, path.EvenOdd) switch
            {
                (true, true, false) => "B",
                (true, true, true) => "B*",
                (true, false, false) => "f",
                (true, false, true) => "f*",
                _ => "S",
            };
            output.Operator(paint).Raw("\n");
            if (path.Clip is not null)
            {
                RestoreState();
            }
        }
        RestoreState();

        PdfOutput Point(double px, double py) => output.Real(x + (float)px * scale, 2).Real(pageHeight - (y + (float)py * scale), 2);
    }

    /// <summary>
    /// The resource name of a shading pattern for <paramref name="gradient"/> drawn in a picture placed at
    /// (<paramref name="x"/>, <paramref name="y"/>) scaled by <paramref name="scale"/>: an axial (type 2) or radial
    /// (type 3) shading in DeviceRGB extended at both ends (SVG's pad), its colours a type 2 function per stretch
    /// between stops (stitched by a type 3 function when there are several), the pattern matrix the gradient's space
    /// mapped to the page's default space. Equal patterns share one name.
    /// </summary>
    private string Pattern(Csto.Reporting.Pictures.VectorGradient gradient, float x, float y, float scale)
    {
        var m = gradient.Matrix.Then(new Csto.Reporting.Pictures.AffineMatrix(scale, 0, 0, -scale, x, pageHeight - y));
        var pattern = new PdfOutput(512);
        pattern.Raw("<<").Key("PatternType").Integer(2).Key("Matrix").Raw("[").Real(m.A, 5).Real(m.B, 5).Real(m.C, 5).Real(m.D, 5).Real(m.E, 3).Real(m.F, 3).Raw("]")
            .Key("Shading").Raw("<<").Key("ShadingType").Integer(gradient.Kind == Csto.Reporting.Pictures.GradientKind.Linear ? 2 : 3)
            .Key("ColorSpace").Name("DeviceRGB").Key("Coords").Raw("[").Real(gradient.X1, 5).Real(gradient.Y1, 5);
        if (gradient.Kind == Csto.Reporting.Pictures.GradientKind.Radial)
        {
            pattern.Integer(0);
        }
        pattern.Real(gradient.X2, 5).Real(gradient.Y2, 5);
        if (gradient.Kind == Csto.Reporting.Pictures.GradientKind.Radial)
        {
            pattern.Real(gradient.Radius, 5);
        }
        pattern.Raw("]").Key("Extend").Raw("[true true]").Key("Function");
        // Pad the stops out to 0 and 1, then one interpolation per stretch of positive length.
        var points = new List<Csto.Reporting.Pictures.GradientStop>(gradient.Stops.Count + 2);
        if (gradient.Stops[0].Offset > 0)
        {
            points.Add(gradient.Stops[0] with { Offset = 0 });
        }
        points.AddRange(gradient.Stops);
        if (gradient.Stops[^1].Offset < 1)
        {
            points.Add(gradient.Stops[^1] with { Offset = 1 });
        }
        var stretches = Enumerable.Range(0, points.Count - 1).Where(i => points[i + 1].Offset > points[i].Offset).ToList();
        if (stretches.Count == 1)
        {
            Interpolation(points[stretches[0]].Color, points[stretches[0] + 1].Color);
        }
        else
        {
            pattern.Raw("<<").Key("FunctionType").Integer(3).Key("Domain").Raw("[0 1]").Key("Functions").Raw("[");
            foreach (var i in stretches)
            {
                Interpolation(points[i].Color, points[i + 1].Color);
            }
            pattern.Raw("]").Key("Bounds").Raw("[");
            foreach (var i in stretches.Skip(1))
            {
                pattern.Real(points[i].Offset, 5);
            }
            pattern.Raw("]").Key("Encode").Raw("[");
            foreach (var _ in stretches)
            {
                pattern.Raw(" 0 1");
            }
            pattern.Raw("]>>");
        }
        pattern.Raw(">>>>");
        var bytes = pattern.Written.ToArray();
        var index = patterns.FindIndex(p => p.AsSpan().SequenceEqual(bytes));
        if (index < 0)
        {
            index = patterns.Count;
            patterns.Add(bytes);
        }
        return "P" + index.ToString(System.Globalization.CultureInfo.InvariantCulture);

        void Interpolation(Csto.Reporting.Pictures.VectorColor from, Csto.Reporting.Pictures.VectorColor to) =>
            pattern.Raw("<<").Key("FunctionType").Integer(2).Key("Domain").Raw("[0 1]")
                .Key("C0").Raw("[").Real(from.Red / 255.0, 4).Real(from.Green / 255.0, 4).Real(from.Blue / 255.0, 4).Raw("]")
                .Key("C1").Raw("[").Real(to.Red / 255.0, 4).Real(to.Green / 255.0, 4).Real(to.Blue / 255.0, 4).Raw("]")
                .Key("N").Integer(1).Raw(">>");
    }

    /// <summary>
    /// Opens a marked-content sequence for a structure element (<c>/Tag &lt;&lt;/MCID n&gt;&gt; BDC</c>) and returns
    /// its MCID, the page-local number the structure tree refers to. With <paramref name="actualText"/> the sequence
    /// also carries /ActualText (§14.9.4), so readers that end an MCID's text at the first inner EMC (poppler) need no
    /// nested span.
    /// </summary>
    public int BeginStructure(string tag, string? actualText = null)
    {
        var id = nextMarkedContentId++;
        output.Name(tag).Raw("<<").Key("MCID").Integer(id);
        if (actualText is not null)
        {
            output.Key("ActualText").TextString(actualText);
        }
        output.Raw(">>").Operator("BDC").Raw("\n");
        markedDepth++;
        return id;
    }

    /// <summary>Opens an artifact (§14.8.2.2): page furniture that is not content, such as running headers or rules.</summary>
    /// <param name="type">The artifact's /Type (<c>Pagination</c>, <c>Layout</c>, <c>Page</c>), or null.</param>
    public void BeginArtifact(string? type)
    {
        output.Name("Artifact");
        if (type is null)
        {
            output.Operator("BMC");
        }
        else
        {
            output.Raw("<<").Key("Type").Name(type).Raw(">>").Operator("BDC");
        }
        output.Raw("\n");
        markedDepth++;
    }

    /// <summary>
    /// Opens a <c>/Span</c> with replacement text (§14.9.4, the whole word for a word hyphenated at a line end)
    /// and/or a language (§14.9.2.2, BCP 47).
    /// </summary>
    public void BeginSpan(string? actualText, string? language)
    {
        output.Name("Span").Raw("<<");
        if (actualText is not null)
        {
            output.Key("ActualText").TextString(actualText);
        }
        if (language is not null)
        {
            output.Key("Lang").TextString(language);
        }
        output.Raw(">>").Operator("BDC").Raw("\n");
        markedDepth++;
    }

    /// <summary>Closes the innermost marked-content sequence.</summary>
    /// <exception cref="InvalidOperationException">None is open.</exception>
    public void EndMarkedContent()
    {
        if (markedDepth == 0)
        {
            throw new InvalidOperationException("EMC without an open marked-content sequence.");
        }
        markedDepth--;
        output.Operator("EMC").Raw("\n");
    }

    /// <summary>The finished stream (valid until the buffer starts another page's stream).</summary>
    /// <exception cref="InvalidOperationException">A marked-content sequence or clip is still open.</exception>
    public ReadOnlySpan<byte> Finish()
    {
        if (markedDepth != 0 || savedStates.Count != 0)
        {
            throw new InvalidOperationException($"The page ends with {markedDepth} marked-content sequences and {savedStates.Count} clips open.");
        }
        return output.Written;
    }

    /// <inheritdoc />
    public override string ToString() => Encoding.Latin1.GetString(output.Written);

    private PdfOutput Rectangle(float x, float y, float width, float height) =>
        output.Real(x, 2).Real(pageHeight - y - height, 2).Real(width, 2).Real(height, 2).Operator("re");

    private void SaveState()
    {
        savedStates.Push((fill, stroke, lineWidth));
        output.Operator("q").Raw("\n");
    }

    private void RestoreState()
    {
        if (savedStates.Count == 0)
        {
            throw new InvalidOperationException("No clip is open.");
        }
        (fill, stroke, lineWidth) = savedStates.Pop();
        output.Operator("Q").Raw("\n");
    }

    private void SetFill(PdfColor color)
    {
        if (fill != color)
        {
            Components(color).Operator("rg").Raw("\n");
            fill = color;
        }
    }

    private void SetStroke(PdfColor color)
    {
        if (stroke != color)
        {
            Components(color).Operator("RG").Raw("\n");
            stroke = color;
        }
    }

    private PdfOutput Components(PdfColor color) =>
        output.Real(color.Red / 255.0, 3).Real(color.Green / 255.0, 3).Real(color.Blue / 255.0, 3);
}
