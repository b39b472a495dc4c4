using System.Text;
using Csto.Reporting.Documents;
using Csto.Reporting.Pdf.Fonts;

namespace Csto.Reporting.Pdf.Frames;

/// <summary>
/// One positioned, marked thing on a page frame. Coordinates are points from the page's top-left corner, y down.
/// Items are immutable and appear in paint order; every writer (PDF, PNG, a text dump) reads the same items.
/// </summary>
internal abstract class FrameItem
{
    private protected FrameItem(Mark mark)
    {
        Mark = mark;
    }

    /// <summary>The structure element the item's content belongs to, or the artifact kind it is.</summary>
    public Mark Mark { get; }
}

/// <summary>
/// Glyphs of one font, size and colour on one baseline: the shaped glyph ids at their x positions, and the text they
/// draw with its cluster map (what a PDF writer needs for ToUnicode and ActualText, and what text extraction reads).
/// </summary>
internal sealed class GlyphRun : FrameItem
{
    /// <summary>Creates a run; the arrays are owned by the run from now on.</summary>
    public GlyphRun(Mark mark, LoadedFont font, float size, FrameColor color, float baseline, ushort[] glyphs, float[] positions, float end, byte[] utf8, uint[] clusters, float horizontalScale = 1)
        : base(mark)
    {
        if (glyphs.Length != positions.Length || glyphs.Length != clusters.Length)
        {
            throw new ArgumentException($"A glyph run needs one position and one cluster per glyph; got {glyphs.Length} glyphs, {positions.Length} positions, {clusters.Length} clusters.");
        }
        Font = font;
        Size = size;
        Color = color;
        Baseline = baseline;
        Glyphs = glyphs;
        Positions = positions;
        End = end;
        Utf8 = utf8;
        Clusters = clusters;
        HorizontalScale = horizontalScale;
    }

    /// <summary>How much wider than designed each glyph is drawn (glyph expansion: 1.02 is 2 % wider); 1 for most runs. The positions already include it.</summary>
    public float HorizontalScale { get; }

    /// <summary>The face (one of the bundled faces, loaded once per process).</summary>
    public LoadedFont Font { get; }

    /// <summary>The font size in points.</summary>
    public float Size { get; }

    /// <summary>The fill colour.</summary>
    public FrameColor Color { get; }

    /// <summary>The baseline's y in points (superscripts already raised).</summary>
    public float Baseline { get; }

    /// <summary>The glyph ids of <see cref="Font"/>, left to right.</summary>
    public IReadOnlyList<ushort> Glyphs { get; }

    /// <summary>The x of each glyph's origin (advances plus HarfBuzz's offsets), in points from the page's left edge; never decreasing except by a mark's offset.</summary>
    public IReadOnlyList<float> Positions { get; }

    /// <summary>The x where the last glyph's advance ends (the run's right edge), in points.</summary>
    public float End { get; }

    /// <summary>The drawn text as UTF-8.</summary>
    public ReadOnlyMemory<byte> Utf8 { get; }

    /// <summary>For each glyph, the byte offset in <see cref="Utf8"/> of the cluster it draws (non-decreasing).</summary>
    public IReadOnlyList<uint> Clusters { get; }

    /// <summary>
    /// The text a reader should take instead of the glyphs' own (/ActualText, ISO 32000-1 §14.9.4): the whole word on
    /// the first part of a word hyphenated at a line end (hyphen included), empty on its continuation; null otherwise.
    /// </summary>
    public string? ActualText { get; init; }

    /// <summary>The x of the first glyph's origin.</summary>
    public float Start => Positions[0];

    /// <summary>The drawn text.</summary>
    public string Text => Encoding.UTF8.GetString(Utf8.Span);
}

/// <summary>A straight stroked line (rules, table borders, the footnote separator).</summary>
internal sealed class Line(Mark mark, float x1, float y1, float x2, float y2, float width, FrameColor color) : FrameItem(mark)
{
    /// <summary>Start x in points.</summary>
    public float X1 { get; } = x1;

    /// <summary>Start y in points.</summary>
    public float Y1 { get; } = y1;

    /// <summary>End x in points.</summary>
    public float X2 { get; } = x2;

    /// <summary>End y in points.</summary>
    public float Y2 { get; } = y2;

    /// <summary>The stroke width in points.</summary>
    public float Width { get; } = width;

    /// <summary>The stroke colour.</summary>
    public FrameColor Color { get; } = color;
}

/// <summary>A picture (the encoded PNG or JPEG bytes of the document's image) scaled into a rectangle.</summary>
internal sealed class Picture(Mark mark, Image source, FrameRect area) : FrameItem(mark)
{
    /// <summary>The image block the picture shows; its bytes identify it across pages.</summary>
    public Image Source { get; } = source;

    /// <summary>The encoded bytes, as the document holds them.</summary>
    public ReadOnlyMemory<byte> Data => Source.Data;

    /// <summary>The encoding of <see cref="Data"/>.</summary>
    public ImageFormat Format => Source.Format;

    /// <summary>The alternative text, when the document gives one.</summary>
    public string? AltText => Source.AltText;

    /// <summary>Where the picture is placed.</summary>
    public FrameRect Area { get; } = area;
}

/// <summary>
/// The paths of a vector picture (an SVG picture or a chart) scaled into a rectangle; writers draw them as vectors
/// (PDF path operators, Skia paths). Its texts are not here: the layout sets them as <see cref="GlyphRun"/> items
/// in the document's fonts, right after this item, so they stay text.
/// </summary>
internal sealed class VectorPicture(Mark mark, Csto.Reporting.Pictures.VectorDrawing drawing, FrameRect area) : FrameItem(mark)
{
    /// <summary>The drawing, in its own points from its top-left corner.</summary>
    public Csto.Reporting.Pictures.VectorDrawing Drawing { get; } = drawing;

    /// <summary>Where the picture is placed.</summary>
    public FrameRect Area { get; } = area;

    /// <summary>The factor from the drawing's points to the page's.</summary>
    public float Scale => Area.Width / (float)Drawing.Width;
}

/// <summary>A rectangle that is a link: to a URI, or to a heading's named destination when the target is <c>#anchor</c>.</summary>
internal sealed class LinkArea(Mark mark, FrameRect area, string target) : FrameItem(mark)
{
    /// <summary>The clickable rectangle.</summary>
    public FrameRect Area { get; } = area;

    /// <summary>The target as written: a URI or <c>#anchor</c>.</summary>
    public string Target { get; } = target;

    /// <summary>The anchor of an internal link (without '#'); null for a URI.</summary>
    public string? Anchor => Target.StartsWith('#') ? Target[1..] : null;
}

/// <summary>A named destination (a heading's anchor) at a point.</summary>
internal sealed class NamedDestination(Mark mark, float x, float y, string name) : FrameItem(mark)
{
    /// <summary>The x in points.</summary>
    public float X { get; } = x;

    /// <summary>The y in points (the heading's top).</summary>
    public float Y { get; } = y;

    /// <summary>The destination's name (the heading's anchor).</summary>
    public string Name { get; } = name;
}

/// <summary>Items painted only inside a rectangle.</summary>
internal sealed class Clip(Mark mark, FrameRect area, IReadOnlyList<FrameItem> items) : FrameItem(mark)
{
    /// <summary>The clipping rectangle.</summary>
    public FrameRect Area { get; } = area;

    /// <summary>The clipped items in paint order.</summary>
    public IReadOnlyList<FrameItem> Items { get; } = items;
}
