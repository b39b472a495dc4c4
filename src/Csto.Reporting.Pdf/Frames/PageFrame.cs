namespace Csto.Reporting.Pdf.Frames;

/// <summary>One laid-out page: its number, its size and its items in paint order. Immutable.</summary>
/// <param name="Number">The 1-based page number.</param>
/// <param name="Width">The width in points.</param>
/// <param name="Height">The height in points.</param>
/// <param name="Items">The items in paint order (which is also reading order for content).</param>
internal sealed record PageFrame(int Number, float Width, float Height, IReadOnlyList<FrameItem> Items)
{
    /// <summary>Every item, the items of clips included, in paint order.</summary>
    public IEnumerable<FrameItem> AllItems() => Flatten(Items);

    private static IEnumerable<FrameItem> Flatten(IEnumerable<FrameItem> items)
    {
        foreach (var item in items)
        {
            yield return item;
            if (item is Clip clip)
            {
                foreach (var inner in Flatten(clip.Items))
                {
                    yield return inner;
                }
            }
        }
    }
}
