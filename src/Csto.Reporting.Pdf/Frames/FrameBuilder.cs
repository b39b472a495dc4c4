using Csto.Reporting.Documents;
using Csto.Reporting.Pdf.Fonts;
using Csto.Reporting.Pdf.Text;

namespace Csto.Reporting.Pdf.Frames;

/// <summary>
/// What slices draw into: it only appends items to the page being built. Consecutive runs of one font, size,
/// baseline, colour and mark merge into one <see cref="GlyphRun"/> while they go on to the right, so a line is usually
/// one run. Structure and
/// artifact scopes set the mark of what is drawn inside them; a clip scope collects its items into a
/// <see cref="Clip"/>. One builder serves every page of a layout pass (its buffers are reused).
/// </summary>
internal sealed class FrameBuilder
{
    private readonly List<ushort> runGlyphs = [];
    private readonly List<float> runPositions = [];
    private readonly List<byte> runText = [];
    private readonly List<uint> runClusters = [];
    private readonly Stack<Mark> marks = new();
    private readonly Stack<(FrameRect Area, List<FrameItem> Outer)> clips = new();
    private List<FrameItem> items = [];
    private LoadedFont? runFont;
    private float runSize;
    private float runY;
    private float runEnd;
    private float runScale = 1;
    private FrameColor runColor;
    private Mark? runMark;
    private string? runActualText;
    private int number;
    private float width;
    private float height;

    /// <summary>Creates a builder whose unscoped content belongs to <paramref name="root"/>.</summary>
    public FrameBuilder(Mark root)
    {
        marks.Push(root);
    }

    /// <summary>The mark of what is drawn now.</summary>
    public Mark CurrentMark => marks.Peek();

    /// <summary>
    /// The replacement text of the glyphs drawn from now on (<see cref="GlyphRun.ActualText"/>); glyphs of another
    /// replacement text start a run of their own. Null (the default) draws plain glyphs.
    /// </summary>
    public string? ActualText { get; set; }

    /// <summary>Starts page <paramref name="page"/> of <paramref name="pageWidth"/> × <paramref name="pageHeight"/> points.</summary>
    public void Begin(int page, float pageWidth, float pageHeight)
    {
        number = page;
        width = pageWidth;
        height = pageHeight;
        items = [];
        clips.Clear();
        ClearRun();
    }

    /// <summary>Ends the page and returns its frame.</summary>
    public PageFrame End()
    {
        EndRun();
        if (clips.Count > 0)
        {
            throw new InvalidOperationException("A clip scope is still open at the end of a page.");
        }
        return new PageFrame(number, width, height, items);
    }

    /// <summary>
    /// Draws a shaped run with its left end at <paramref name="x"/> on the baseline <paramref name="y"/>. Consecutive
    /// runs of one font, size, baseline, colour and mark merge into one glyph run, as long as they go on to the right
    /// (a run's glyph positions never decrease; a shrunk space may overlap the next word) and no gap without a space
    /// glyph separates them. A <paramref name="scale"/> other than 1 draws the glyphs that much wider (glyph
    /// expansion); runs of different scales do not merge.
    /// </summary>
    public void DrawRun(ShapedRun run, float size, float x, float y, FrameColor color, float scale = 1)
    {
        var count = run.Glyphs.Length;
        if (count == 0)
        {
            return;
        }
        var mark = CurrentMark;
        if (runGlyphs.Count > 0 && (run.Font != runFont || size != runSize || y != runY || color != runColor || mark != runMark || scale != runScale || !string.Equals(ActualText, runActualText, StringComparison.Ordinal) || x + run.Positions[0] * size * scale < runPositions[^1] || Unspaced(run, x)))
        {
            EndRun();
        }
        runFont = run.Font;
        runSize = size;
        runY = y;
        runColor = color;
        runMark = mark;
        runScale = scale;
        runActualText = ActualText;
        var textBase = (uint)runText.Count;
        for (var i = 0; i < count; i++)
        {
            runGlyphs.Add(run.Glyphs[i]);
            runPositions.Add(x + run.Positions[i] * size * scale);
            runClusters.Add(textBase + run.Clusters[i]);
        }
        runText.AddRange(run.Utf8);
        runEnd = x + run.Advance * size * scale;
    }

    /// <summary>
    /// Whether <paramref name="run"/> would follow the run being merged after a gap that no space glyph fills (a tab,
    /// the gap between a label and its text, between two columns): such text starts a run of its own, so that a
    /// reader of the run's text does not join the two words.
    /// </summary>
    private bool Unspaced(ShapedRun run, float x) =>
        x > runEnd + 0.01f && runText[^1] != (byte)' ' && run.Utf8.Length > 0 && run.Utf8[0] != (byte)' ';

    /// <summary>Draws every run of a shaped text from <paramref name="x"/>, <paramref name="scale"/> times as wide as shaped.</summary>
    public void DrawText(ShapedText text, float size, float x, float y, FrameColor color, float scale = 1)
    {
        foreach (var run in text.Runs)
        {
            DrawRun(run, size, x, y, color, scale);
            x += run.Advance * size * scale;
        }
    }

    /// <summary>Draws a straight line.</summary>
    public void Rule(float x1, float y1, float x2, float y2, float width, FrameColor color) =>
        Add(new Line(CurrentMark, x1, y1, x2, y2, width, color));

    /// <summary>Places a picture into a rectangle.</summary>
    public void Image(Image image, FrameRect rect) => Add(new Picture(CurrentMark, image, rect));

    /// <summary>Places the paths of a vector picture into a rectangle (its texts are drawn as text by the caller).</summary>
    public void Vector(Csto.Reporting.Pictures.VectorDrawing drawing, FrameRect rect)
    {
        EndRun();
        Add(new VectorPicture(CurrentMark, drawing, rect));
    }

    /// <summary>Makes a rectangle a link to a URI or, for <c>#anchor</c>, to a heading's destination; an empty rectangle is ignored.</summary>
    public void Link(FrameRect rect, string target)
    {
        if (rect.Width > 0)
        {
            Add(new LinkArea(CurrentMark, rect, target));
        }
    }

    /// <summary>Marks a named destination (a heading's anchor) at a point.</summary>
    public void Destination(float x, float y, string name) => Add(new NamedDestination(CurrentMark, x, y, name));

    /// <summary>Ends the glyph run being merged (the next text starts a new run).</summary>
    public void Flush() => EndRun();

    /// <summary>Draws what follows, until the scope is disposed, as content of <paramref name="node"/>; a null node changes nothing.</summary>
    public MarkScope Structure(StructureNode? node) => node is null ? default : Push(node.Mark);

    /// <summary>Draws what follows, until the scope is disposed, as an artifact of <paramref name="kind"/>.</summary>
    public MarkScope Artifact(ArtifactKind kind) => Push(Mark.Of(kind));

    /// <summary>Clips what follows, until the scope is disposed, to a rectangle.</summary>
    public ClipScope Clip(FrameRect rect)
    {
        EndRun();
        clips.Push((rect, items));
        items = [];
        return new ClipScope(this);
    }

    private MarkScope Push(Mark mark)
    {
        marks.Push(mark);
        return new MarkScope(this);
    }

    private void Pop() => marks.Pop();

    private void EndClip()
    {
        EndRun();
        var (area, outer) = clips.Pop();
        var inner = items;
        items = outer;
        if (inner.Count > 0)
        {
            items.Add(new Clip(CurrentMark, area, inner));
        }
    }

    private void Add(FrameItem item)
    {
        EndRun();
        items.Add(item);
    }

    private void EndRun()
    {
        if (runGlyphs.Count == 0)
        {
            return;
        }
        items.Add(new GlyphRun(runMark!, runFont!, runSize, runColor, runY, [.. runGlyphs], [.. runPositions], runEnd, [.. runText], [.. runClusters], runScale) { ActualText = runActualText });
        ClearRun();
    }

    private void ClearRun()
    {
        runGlyphs.Clear();
        runPositions.Clear();
        runText.Clear();
        runClusters.Clear();
    }



    /// <summary>Ends a structure or artifact scope when disposed.</summary>
    internal readonly struct MarkScope(FrameBuilder? builder) : IDisposable
    {
        /// <inheritdoc />
        public void Dispose() => builder?.Pop();
    }

    /// <summary>Ends a clip scope when disposed.</summary>
    internal readonly struct ClipScope(FrameBuilder builder) : IDisposable
    {
        /// <inheritdoc />
        public void Dispose() => builder.EndClip();
    }
}
