namespace Csto.Reporting.Documents.Builder;

/// <summary>
/// Renumbers the footnotes of a document in order of first reference: the body first, then references made
/// inside footnotes. Footnotes never referenced are dropped.
/// </summary>
internal static class FootnoteOrder
{
    public static ReportDocument Renumber(ReportDocument document)
    {
        var order = new Dictionary<int, int>();
        var collect = new InlineTreeRewriter(inlines => { Collect(inlines, order); return inlines; }, text => text);
        collect.Rewrite(document with { Footnotes = [] });
        for (var i = 0; i < order.Count; i++)
        {
            var old = order.First(pair => pair.Value == i + 1).Key;
            collect.Blocks(document.Footnotes[old - 1].Blocks);
        }
        if (order.All(pair => pair.Key == pair.Value) && order.Count == document.Footnotes.Count)
        {
            return document;
        }
        var renumber = new InlineTreeRewriter(inlines => Map(inlines, order), text => text);
        var footnotes = order.OrderBy(pair => pair.Value)
            .Select(pair => new Footnote(pair.Value, renumber.Blocks(document.Footnotes[pair.Key - 1].Blocks)))
            .ToList();
        return renumber.Rewrite(document with { Footnotes = [] }) with { Footnotes = footnotes };
    }

    private static void Collect(IEnumerable<Inline> inlines, Dictionary<int, int> order)
    {
        foreach (var inline in inlines)
        {
            switch (inline)
            {
                case FootnoteReference reference:
                    order.TryAdd(reference.Number, order.Count + 1);
                    break;
                case Strong strong: Collect(strong.Content, order); break;
                case Emphasis emphasis: Collect(emphasis.Content, order); break;
                case Link link: Collect(link.Content, order); break;
            }
        }
    }

    private static List<Inline> Map(IReadOnlyList<Inline> inlines, Dictionary<int, int> order) =>
        inlines.Select(inline => inline switch
        {
            FootnoteReference reference => new FootnoteReference(order[reference.Number]),
            Strong strong => new Strong(Map(strong.Content, order)),
            Emphasis emphasis => new Emphasis(Map(emphasis.Content, order)),
            Link link => link with { Content = Map(link.Content, order) },
            _ => inline,
        }).ToList();
}
