namespace Csto.Reporting.Documents;

/// <summary>
/// An ordered or unordered list. Items hold blocks, so lists nest by placing an <see cref="ItemList"/> inside
/// an item. Every ordered list restarts at <see cref="Start"/> unless <see cref="ContinuesPrevious"/> is set.
/// </summary>
public sealed record ItemList : Block
{
    /// <summary>Creates a list.</summary>
    /// <param name="ordered">True for a numbered list.</param>
    /// <param name="items">At least one item.</param>
    /// <exception cref="ArgumentException">The list has no items.</exception>
    public ItemList(bool ordered, IReadOnlyList<ListItem> items)
    {
        ArgumentNullException.ThrowIfNull(items);
        if (items.Count == 0)
        {
            throw new ArgumentException("A list needs at least one item.", nameof(items));
        }
        Ordered = ordered;
        Items = items;
    }

    /// <summary>True for a numbered list.</summary>
    public bool Ordered { get; }

    /// <summary>The items.</summary>
    public IReadOnlyList<ListItem> Items { get; }

    /// <summary>The first number of an ordered list; 1 by default.</summary>
    public int Start { get; init; } = 1;

    /// <summary>Whether an ordered list continues the numbering of the previous ordered list at the same level.</summary>
    public bool ContinuesPrevious { get; init; }
}

/// <summary>One item of an <see cref="ItemList"/>.</summary>
/// <param name="Blocks">The item's content: usually one paragraph, perhaps followed by a nested list.</param>
public sealed record ListItem(IReadOnlyList<Block> Blocks);
