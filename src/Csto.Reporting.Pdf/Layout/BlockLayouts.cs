using Csto.Reporting.Documents;
using Csto.Reporting.Pdf.Frames;
using Csto.Reporting.Pdf.Layout.Blocks;

namespace Csto.Reporting.Pdf.Layout;

/// <summary>Measures one kind of block into slices.</summary>
internal abstract class BlockLayout
{
    /// <summary>The block type this layout handles.</summary>
    public abstract Type BlockType { get; }

    /// <summary>Adds the slices of <paramref name="block"/> to <paramref name="output"/>.</summary>
    public abstract void Layout(Block block, LayoutScope scope, LayoutContext context, List<Slice> output);
}

/// <summary>The typed base of block layouts: the type check is done once here.</summary>
/// <typeparam name="T">The block type.</typeparam>
internal abstract class BlockLayout<T> : BlockLayout
    where T : Block
{
    /// <inheritdoc />
    public sealed override Type BlockType => typeof(T);

    /// <inheritdoc />
    public sealed override void Layout(Block block, LayoutScope scope, LayoutContext context, List<Slice> output) =>
        Layout((T)block, scope, context, output);

    /// <summary>Adds the slices of <paramref name="block"/> to <paramref name="output"/>.</summary>
    protected abstract void Layout(T block, LayoutScope scope, LayoutContext context, List<Slice> output);
}

/// <summary>The one place where every block layout is registered.</summary>
internal sealed class BlockLayouts
{
    private readonly Dictionary<Type, BlockLayout> layouts;

    private BlockLayouts(params BlockLayout[] all)
    {
        layouts = all.ToDictionary(l => l.BlockType);
    }

    /// <summary>The layouts of every block kind of the document tree.</summary>
    public static BlockLayouts Default { get; } = new(
        new HeadingLayout(),
        new ParagraphLayout(),
        new ItemListLayout(),
        new TableLayout(),
        new BlockQuoteLayout(),
        new PageBreakLayout(),
        new TableOfContentsLayout(),
        new TitlePageLayout(),
        new SignatureBlockLayout(),
        new ImageLayout());

    /// <summary>Adds the slices of <paramref name="block"/>, collapsing its space before with the previous block's space after.</summary>
    /// <exception cref="NotSupportedException">The block type has no layout.</exception>
    public void Layout(Block block, LayoutScope scope, LayoutContext context, List<Slice> output)
    {
        if (!layouts.TryGetValue(block.GetType(), out var layout))
        {
            throw new NotSupportedException($"The PDF renderer has no layout for the block type {block.GetType().Name}.");
        }
        var previous = output.Count > 0 ? output[^1] : null;
        var first = output.Count;
        var node = NodeOf(block, context.CurrentNode);
        using (context.Enter(node ?? context.CurrentNode))
        {
            layout.Layout(block, scope, context, output);
        }
        for (var i = first; i < output.Count; i++)
        {
            output[i].Node ??= node;
            output[i].Block ??= block;
        }
        if (previous is not null && first < output.Count)
        {
            output[first].SpaceBefore = Math.Max(output[first].SpaceBefore, previous.SpaceAfter);
            if (output[first].KeepWithPrevious)
            {
                KeepBefore(output[first - 1], first > 1 ? output[first - 2] : null);
            }
        }
    }

    /// <summary>
    /// Honours a block kept with what precedes it (<see cref="Slice.KeepWithPrevious"/>: a signature block, a
    /// place-and-date line): the page must not break after the last two slices before it. The same rule applies at
    /// the top level and inside a list item, a quotation or a cell.
    /// </summary>
    /// <param name="last">The slice just before the kept block.</param>
    /// <param name="beforeLast">The slice before that one, or null.</param>
    public static void KeepBefore(Slice last, Slice? beforeLast)
    {
        last.KeepWithNext = true;
        beforeLast?.KeepWithNext = true;
    }

    /// <summary>
    /// The structure element of a block, created under <paramref name="parent"/> (ISO 32000-1 §14.8.4 roles); null
    /// for a block that has no content of its own (a page break).
    /// </summary>
    private static StructureNode? NodeOf(Block block, StructureNode parent) => block switch
    {
        Heading heading => new StructureNode(StructureRole.H1 + Math.Clamp(heading.Level, 1, 6) - 1, parent) { Target = heading.Anchor },
        Paragraph { Style: ParagraphStyle.Caption } => new StructureNode(StructureRole.Caption, parent),
        Paragraph => new StructureNode(StructureRole.P, parent),
        ItemList => new StructureNode(StructureRole.L, parent),
        Table => new StructureNode(StructureRole.Table, parent),
        BlockQuote => new StructureNode(StructureRole.BlockQuote, parent),
        TableOfContents => new StructureNode(StructureRole.TOC, parent),
        Image image => new StructureNode(StructureRole.Figure, parent) { AltText = image.AltText },
        PageBreak => null,
        _ => new StructureNode(StructureRole.Div, parent),
    };

    /// <summary>Lays out a list of blocks and returns the slices.</summary>
    public List<Slice> LayoutAll(IEnumerable<Block> blocks, LayoutScope scope, LayoutContext context)
    {
        var output = new List<Slice>();
        foreach (var block in blocks)
        {
            Layout(block, scope, context, output);
        }
        return output;
    }

    /// <summary>
    /// The height of slices stacked with their spaces (the first one's space before not counted). With a
    /// <paramref name="limit"/>, the sum stops at the first slice that takes it past the limit (what has been summed
    /// so far is returned, so the caller takes the smaller of the two): a long queue of carried footnote lines is not
    /// summed to its end for every page.
    /// </summary>
    public static float StackHeight(IEnumerable<Slice> slices, float limit = float.PositiveInfinity)
    {
        var height = 0f;
        var first = true;
        foreach (var slice in slices)
        {
            height += slice.Height + (first ? 0 : slice.SpaceBefore);
            first = false;
            if (height > limit)
            {
                break;
            }
        }
        return height;
    }

    /// <summary>Draws slices stacked from <paramref name="top"/>; returns the y below the last.</summary>
    public static float DrawStack(Frames.FrameBuilder canvas, IReadOnlyList<Slice> slices, float left, float top)
    {
        for (var i = 0; i < slices.Count; i++)
        {
            top += i > 0 ? slices[i].SpaceBefore : 0;
            using (canvas.Structure(slices[i].Node))
            {
                slices[i].Draw(canvas, left, top);
            }
            top += slices[i].Height;
        }
        return top;
    }
}
