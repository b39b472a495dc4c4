using Csto.Reporting.Pdf.Frames;

namespace Csto.Reporting.Pdf.Layout;

/// <summary>
/// The unit of vertical flow: a measured, unbreakable strip of a page (a line of text, a table row, an image) that
/// knows its height and draws itself. Blocks are measured into slices; the paginator decides where pages break,
/// between slices, honouring <see cref="KeepWithNext"/>. Page breaks are slices too (values, not exceptions).
/// </summary>
internal abstract class Slice
{
    /// <summary>The height in points.</summary>
    public float Height { get; init; }

    /// <summary>Space above, dropped at the top of a page.</summary>
    public float SpaceBefore { get; set; }

    /// <summary>Space below when this is the last slice of a block (collapsed with the next block's space before).</summary>
    public float SpaceAfter { get; set; }

    /// <summary>Whether the page must not break after this slice (heading lines, orphan and widow control, signatures).</summary>
    public bool KeepWithNext { get; set; }

    /// <summary>
    /// Whether the page must not break before this slice either: the last two slices before it (at least the last two
    /// lines of the text it closes) stay on its page. A signature block and a place-and-date line ask for it.
    /// </summary>
    public bool KeepWithPrevious { get; set; }

    /// <summary>The footnotes referenced in this slice, in order; null for none.</summary>
    public int[]? Footnotes { get; init; }

    /// <summary>The heading that starts with this slice, for the TOC, destinations and bookmarks.</summary>
    public HeadingMark? Heading { get; set; }

    /// <summary>The structure element whose content the slice draws (set by the block layout that made it).</summary>
    public StructureNode? Node { get; set; }

    /// <summary>The innermost block the slice was laid out from, for a problem at the block's position in the input.</summary>
    public Documents.Block? Block { get; set; }

    /// <summary>The slices to repeat at the top of a page that starts with this slice (a table's header rows).</summary>
    public IReadOnlyList<Slice>? RepeatHeader { get; set; }

    /// <summary>What the slice does to the flow; most slices are content.</summary>
    public virtual SliceFlow Flow => SliceFlow.Content;

    /// <summary>Whether the page holding this slice shows no page number or running header (a title page).</summary>
    public virtual bool SuppressFurniture => false;

    /// <summary>
    /// Splits the slice so that its first part is at most <paramref name="height"/> points tall, for a page that has
    /// only that much room left; null when the slice cannot split (most slices) or nothing of it fits. The paginator
    /// places the first part and lays the rest out again at the top of the next page.
    /// </summary>
    public virtual (Slice First, Slice Remainder)? SplitAt(float height) => null;

    /// <summary>Draws the slice with the page's content area's left edge at <paramref name="left"/> and the slice's top at <paramref name="top"/>.</summary>
    public abstract void Draw(FrameBuilder canvas, float left, float top);
}

/// <summary>What a slice does to the flow of pages.</summary>
internal enum SliceFlow
{
    /// <summary>Content placed on the page.</summary>
    Content,
    /// <summary>Ends the page (unless it is empty).</summary>
    PageBreak,
    /// <summary>Starts a section: ends the page and changes the page setup and running header.</summary>
    Section,
}

/// <summary>A heading placed by a slice.</summary>
/// <param name="Anchor">The heading's anchor.</param>
/// <param name="Level">1 to 4.</param>
/// <param name="Title">The number and text, as the outline shows it.</param>
internal sealed record HeadingMark(string Anchor, int Level, string Title);
