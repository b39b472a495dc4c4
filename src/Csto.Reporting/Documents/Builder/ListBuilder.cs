namespace Csto.Reporting.Documents.Builder;

/// <summary>Builds the items of a list.</summary>
/// <example><code>l => l.Item("Армения").Item("Беларусь", nested => nested.List(ordered: false, n => n.Item("Минск")))</code></example>
public sealed class ListBuilder
{
    private readonly BuildContext context;
    private readonly List<ListItem> items = [];

    internal ListBuilder(BuildContext context)
    {
        this.context = context;
    }

    /// <summary>Adds an item: a paragraph of <paramref name="text"/>, then the blocks <paramref name="more"/> adds (a nested list…).</summary>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public ListBuilder Item(string text, Action<BlocksBuilder>? more = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Item(b =>
        {
            b.Paragraph(text);
            more?.Invoke(b);
        });
    }

    /// <summary>Adds an item with formatted text, then the blocks <paramref name="more"/> adds.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public ListBuilder Item(Action<InlineBuilder> text, Action<BlocksBuilder>? more = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Item(b =>
        {
            b.Paragraph(text);
            more?.Invoke(b);
        });
    }

    /// <summary>Adds an item made of arbitrary blocks.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="blocks"/> is null.</exception>
    public ListBuilder Item(Action<BlocksBuilder> blocks)
    {
        ArgumentNullException.ThrowIfNull(blocks);
        items.Add(new ListItem(BlocksBuilder.Build(context, blocks)));
        return this;
    }

    internal IReadOnlyList<ListItem> Build() => items.ToList();
}
