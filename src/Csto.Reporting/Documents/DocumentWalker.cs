namespace Csto.Reporting.Documents;

/// <summary>Enumerates the blocks of a tree in document order.</summary>
internal static class DocumentWalker
{
    /// <summary>The block itself, then every block nested in it (list items, quotes, cells, title page parts).</summary>
    /// <exception cref="ArgumentNullException"><paramref name="block"/> is null (thrown when the sequence is first enumerated).</exception>
    public static IEnumerable<Block> DescendantsAndSelf(Block block)
    {
        ArgumentNullException.ThrowIfNull(block);
        yield return block;
        foreach (var child in Children(block))
        {
            foreach (var descendant in DescendantsAndSelf(child))
            {
                yield return descendant;
            }
        }
    }

    /// <summary>The blocks directly nested in a block.</summary>
    public static IEnumerable<Block> Children(Block block) => block switch
    {
        ItemList list => list.Items.SelectMany(i => i.Blocks),
        BlockQuote quote => quote.Blocks,
        Table table => table.Rows.SelectMany(r => r.Cells).SelectMany(c => c.Blocks),
        TitlePage title => title.Top.Concat(title.Middle).Concat(title.Bottom),
        _ => [],
    };

    /// <summary>The plain text of inlines (footnote references and line breaks give nothing and a space).</summary>
    public static string PlainText(IEnumerable<Inline> inlines)
    {
        var text = new System.Text.StringBuilder();
        Append(inlines);
        return text.ToString();

        void Append(IEnumerable<Inline> items)
        {
            foreach (var inline in items)
            {
                switch (inline)
                {
                    case TextRun run: text.Append(run.Text); break;
                    case Strong strong: Append(strong.Content); break;
                    case Emphasis emphasis: Append(emphasis.Content); break;
                    case Link link: Append(link.Content); break;
                    case LineBreak: text.Append(' '); break;
                }
            }
        }
    }

    /// <summary>The length in UTF-16 code units of <see cref="PlainText"/> of the inlines, without building the text.</summary>
    public static long PlainTextLength(IEnumerable<Inline> inlines)
    {
        long length = 0;
        foreach (var inline in inlines)
        {
            length += inline switch
            {
                TextRun run => run.Text.Length,
                Strong strong => PlainTextLength(strong.Content),
                Emphasis emphasis => PlainTextLength(emphasis.Content),
                Link link => PlainTextLength(link.Content),
                LineBreak => 1,
                _ => 0,
            };
        }
        return length;
    }
}
