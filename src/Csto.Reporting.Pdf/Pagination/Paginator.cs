using Csto.Reporting.Diagnostics;
using Csto.Reporting.Documents;
using Csto.Reporting.Pdf.Frames;
using Csto.Reporting.Pdf.Layout;

namespace Csto.Reporting.Pdf.Pagination;

/// <summary>
/// Fills pages with slices. A slice that does not fit ends the page at the last place a break is allowed (after a
/// slice without <see cref="Slice.KeepWithNext"/>), and what follows moves to the next page: headings stay with
/// the first two lines of their text, paragraphs leave no single line behind or ahead, and a page never ends in a
/// line broken by a hyphen when an earlier break is allowed. A slice that can split
/// (<see cref="Slice.SplitAt"/>) and does not fit gives the page the part that does. Footnotes are placed at the
/// bottom of the page of their reference and continue on the next page when they do not fit. A finished page is
/// drawn into a frame at once and handed to the sink (when there is one), then forgotten.
/// </summary>
internal sealed class Paginator
{
    /// <summary>Height of the footnote separator (space, rule, space).</summary>
    public const float SeparatorHeight = 10;

    private const float Epsilon = 0.01f;
    private readonly LayoutContext context;
    private readonly IPageSink? sink;
    private readonly FootnoteStore footnotes;
    private readonly PageFurniture furniture;
    private readonly FrameBuilder frame;
    private readonly LinkedList<Slice> pending = new();
    private readonly List<Slice> page = [];
    private readonly List<int> pageNotes = [];
    private readonly List<PlacedHeading> headings = [];
    private readonly HashSet<Slice> repeated = new(ReferenceEqualityComparer.Instance);
    // Footnote lines that did not fit on their page, in order: a queue, so that a document whose footnotes outrun
    // its pages (thousands of references in one paragraph) costs each line once, not once per page it waits.
    private readonly Queue<Slice> carried = new();
    private PageSetup setup;
    private string? runningHeader;
    private float used;
    private float footReserved;
    private bool footOverflow;
    private int pageNumber;

    public Paginator(LayoutContext context, IPageSink? sink)
    {
        this.context = context;
        this.sink = sink;
        footnotes = new FootnoteStore(context);
        furniture = new PageFurniture(context);
        frame = new FrameBuilder(Mark.Content(context.Structure));
        setup = context.PageSetup;
    }

    /// <summary>Called with each finished page's number and slices (tests watch pagination through it).</summary>
    public Action<int, IReadOnlyList<Slice>>? OnPage { get; init; }

    /// <summary>Checked at every page: one block (a paragraph of thousands of lines and footnotes) can make many pages.</summary>
    public CancellationToken Cancellation { get; init; }

    /// <summary>Places a slice (and whatever it pushes to later pages).</summary>
    public void Add(Slice slice)
    {
        pending.AddLast(slice);
        while (pending.First is { } node)
        {
            pending.RemoveFirst();
            Place(node.Value);
        }
    }

    /// <summary>Ships the last page and returns the result of the pass.</summary>
    public LayoutResult Finish()
    {
        while (page.Count > 0 || carried.Count > 0 || pageNumber == 0)
        {
            // A document without content still gets one (empty) page: a PDF needs at least one.
            Ship(page.Count);
        }
        return new LayoutResult(pageNumber, headings, context.Structure);
    }

    private float Available => (float)setup.ContentHeight;

    private float Width => (float)setup.ContentWidth;

    private void Place(Slice slice)
    {
        switch (slice.Flow)
        {
            case SliceFlow.PageBreak:
                if (page.Count > 0)
                {
                    Ship(page.Count);
                }
                return;
            case SliceFlow.Section:
                if (page.Count > 0)
                {
                    Ship(page.Count);
                }
                var section = (SectionSlice)slice;
                setup = section.Setup;
                runningHeader = section.RunningHeader;
                return;
        }
        if (page.Count == 0 && slice.RepeatHeader is { } header)
        {
            foreach (var row in header)
            {
                // Header rows repeated on a continuation page are pagination artifacts; the first ones are content.
                repeated.Add(row);
                page.Add(row);
                used += row.Height;
            }
        }
        var space = page.Count == 0 ? 0 : slice.SpaceBefore;
        if (TryReserve(slice, space, force: false))
        {
            page.Add(slice);
            used += space + slice.Height;
            return;
        }
        if (slice.SplitAt(Available - used - space - footReserved) is { } split && TryReserve(split.First, space, force: false))
        {
            // A splittable slice (a table row that may break across pages) fills the rest of the page.
            page.Add(split.First);
            used += space + split.First.Height;
            Ship(page.Count);
            pending.AddFirst(split.Remainder);
            return;
        }
        if (OnlyRepeatedHeader(slice) && TryReserve(slice, space, force: true))
        {
            page.Add(slice);
            used += space + slice.Height;
            return;
        }
        var breakAfter = BreakPoint(hyphenated: false);
        if (breakAfter < 0)
        {
            breakAfter = BreakPoint(hyphenated: true);
        }
        if (breakAfter < 0)
        {
            breakAfter = page.Count - 1;
        }
        var moved = page.GetRange(breakAfter + 1, page.Count - breakAfter - 1);
        Ship(breakAfter + 1);
        pending.AddFirst(slice);
        for (var i = moved.Count - 1; i >= 0; i--)
        {
            pending.AddFirst(moved[i]);
        }
    }

    /// <summary>
    /// The last slice the page may end after, or −1: not one kept with the next, and — unless
    /// <paramref name="hyphenated"/> — not a line ending in a word broken by a hyphen, so no page ends mid-word.
    /// </summary>
    private int BreakPoint(bool hyphenated)
    {
        var breakAfter = page.Count - 1;
        while (breakAfter >= 0 && (page[breakAfter].KeepWithNext || (!hyphenated && page[breakAfter] is TextLineSlice { EndsWithHyphen: true })))
        {
            breakAfter--;
        }
        return breakAfter;
    }

    private bool OnlyRepeatedHeader(Slice slice)
    {
        if (page.Count == 0)
        {
            return true;
        }
        return slice.RepeatHeader is { } header && page.Count == header.Count && ReferenceEquals(page[0], header[0]);
    }

    /// <summary>
    /// Whether the slice fits with the footnotes it brings; reserves their room when it does. With
    /// <paramref name="force"/> (a slice on an otherwise empty page) it always succeeds, reserving what it can.
    /// </summary>
    private bool TryReserve(Slice slice, float space, bool force)
    {
        var need = used + space + slice.Height;
        if (footOverflow && !force)
        {
            // A footnote already runs over to the next page: the rest of this page belongs to it.
            return false;
        }
        if (slice.Footnotes is not { } notes || notes.All(pageNotes.Contains))
        {
            return force || need + footReserved <= Available + Epsilon;
        }
        var separator = footReserved == 0 ? SeparatorHeight : 0;
        var full = footReserved + separator;
        var minimum = footReserved + separator;
        foreach (var number in notes.Where(n => !pageNotes.Contains(n)))
        {
            full += footnotes.Height(number, Width);
            minimum += footnotes.FirstLineHeight(number, Width);
        }
        if (need + full <= Available + Epsilon)
        {
            footReserved = full;
        }
        else if (need + minimum <= Available + Epsilon || force)
        {
            footReserved = minimum;
            footOverflow = true;
        }
        else
        {
            return false;
        }
        pageNotes.AddRange(notes.Where(n => !pageNotes.Contains(n)));
        return true;
    }

    private void Ship(int count)
    {
        Cancellation.ThrowIfCancellationRequested();
        pageNumber++;
        var shipped = page.GetRange(0, count);
        page.Clear();
        var contentHeight = BlockLayouts.StackHeight(shipped);
        if (contentHeight > Available + Epsilon)
        {
            throw CutOff(shipped, contentHeight);
        }
        foreach (var number in shipped.Where(s => s.Footnotes is not null).SelectMany(s => s.Footnotes!).Distinct())
        {
            foreach (var line in footnotes.Lines(number, Width))
            {
                carried.Enqueue(line);
            }
        }
        var area = Available - contentHeight - SeparatorHeight;
        var placed = new List<Slice>();
        var notesHeight = 0f;
        while (carried.Count > 0 && notesHeight + carried.Peek().Height <= area + Epsilon)
        {
            notesHeight += carried.Peek().Height;
            placed.Add(carried.Dequeue());
        }
        if (placed.Count == 0 && carried.Count > 0 && shipped.Count == 0)
        {
            // A page holding nothing but footnotes that still do not fit: place one line anyway, so the flow advances.
            notesHeight = carried.Peek().Height;
            placed.Add(carried.Dequeue());
        }
        var top = (float)setup.Margins.Top;
        foreach (var slice in shipped.Where(s => s.Heading is not null))
        {
            headings.Add(new PlacedHeading(slice.Heading!.Anchor, slice.Heading.Level, slice.Heading.Title, pageNumber,
                top + OffsetOf(shipped, slice), (float)setup.PageHeight));
        }
        OnPage?.Invoke(pageNumber, shipped);
        if (sink is not null)
        {
            Draw(shipped, placed, notesHeight, contentHeight);
        }
        used = 0;
        footOverflow = false;
        pageNotes.Clear();
        footReserved = carried.Count > 0 ? SeparatorHeight + Math.Min(BlockLayouts.StackHeight(carried, Available / 2), Available / 2) : 0;
    }

    private static float OffsetOf(List<Slice> slices, Slice target)
    {
        var y = 0f;
        for (var i = 0; i < slices.Count; i++)
        {
            y += i > 0 ? slices[i].SpaceBefore : 0;
            if (ReferenceEquals(slices[i], target))
            {
                return y;
            }
            y += slices[i].Height;
        }
        return y;
    }

    private void Draw(List<Slice> shipped, List<Slice> notes, float notesHeight, float contentHeight)
    {
        frame.Begin(pageNumber, (float)setup.PageWidth, (float)setup.PageHeight);
        var left = (float)setup.Margins.Left;
        var top = (float)setup.Margins.Top;
        var furnished = !shipped.Any(s => s.SuppressFurniture);
        if (furnished)
        {
            furniture.Draw(frame, setup, pageNumber, runningHeader, top: true);
        }
        DrawContent(shipped, left, top);
        if (notes.Count > 0)
        {
            var noteTop = top + Available - notesHeight;
            using (frame.Artifact(ArtifactKind.FootnoteRule))
            {
                frame.Rule(left, noteTop - SeparatorHeight / 2, left + Math.Min(Width / 3, 144), noteTop - SeparatorHeight / 2, 0.5f, context.TextColor);
            }
            foreach (var line in notes)
            {
                using (frame.Structure(line.Node))
                {
                    line.Draw(frame, left, noteTop);
                }
                noteTop += line.Height;
            }
        }
        if (furnished)
        {
            furniture.Draw(frame, setup, pageNumber, runningHeader, top: false);
        }
        var finished = frame.End();
        foreach (var run in finished.AllItems().OfType<GlyphRun>())
        {
            if (run.Start < -Epsilon || run.End > finished.Width + 1 || run.Baseline < 0 || run.Baseline > finished.Height)
            {
                throw new ReportInputException(new InputProblem(context.Options.SourceName,
                    $"Text on page {pageNumber} would fall outside the page ({run.Start:0.#}–{run.End:0.#} pt of a {finished.Width:0.#} pt wide page, baseline at {run.Baseline:0.#} pt): «{run.Text}». It is nested or indented too deeply for the page's width."));
            }
        }
        sink!.Page(finished);
    }

    /// <summary>
    /// A page whose content is taller than its text area (a table row holding a picture under the repeated header
    /// rows), found in every pass — the counting pass that validation, the DOCX's column widths and page numbers run,
    /// and the drawing pass — so every format refuses it: the block that does not fit is the tallest on the page, at
    /// its line and column in the input when it has one.
    /// </summary>
    private ReportInputException CutOff(List<Slice> shipped, float contentHeight)
    {
        frame.Begin(pageNumber, (float)setup.PageWidth, (float)setup.PageHeight);
        DrawContent(shipped, (float)setup.Margins.Left, (float)setup.Margins.Top);
        return new ReportInputException(context.ProblemAt(shipped.MaxBy(s => s.Height)?.Block,
            $"Page {pageNumber} would be cut off: its content is {contentHeight:0.#} pt tall and the page has room for {Available:0.#} pt (it begins «{Excerpt(frame.End())}»). Make that block smaller or let it break across pages."));
    }

    /// <summary>The first words a page shows, for messages.</summary>
    private static string Excerpt(PageFrame page)
    {
        var text = string.Concat(page.AllItems().OfType<GlyphRun>().Where(r => !r.Mark.IsArtifact).Select(r => r.Text)).Trim();
        return text.Length <= 60 ? text : text[..60] + "…";
    }

    private void DrawContent(List<Slice> shipped, float left, float top)
    {
        var y = top;
        for (var i = 0; i < shipped.Count; i++)
        {
            var slice = shipped[i];
            y += i > 0 ? slice.SpaceBefore : 0;
            if (slice.Heading is { } heading)
            {
                frame.Destination(left, y, heading.Anchor);
            }
            using (repeated.Contains(slice) ? frame.Artifact(ArtifactKind.RepeatedHeader) : frame.Structure(slice.Node))
            {
                slice.Draw(frame, left, y);
            }
            y += slice.Height;
        }
    }
}
