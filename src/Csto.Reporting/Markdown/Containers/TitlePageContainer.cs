using Csto.Reporting.Documents;
using Csto.Reporting.Markdown.Conversion;
using Markdig.Extensions.CustomContainers;
using Markdig.Syntax;

namespace Csto.Reporting.Markdown.Containers;

/// <summary>
/// <c>::: title-page</c>: parts separated by thematic breaks (<c>***</c>): one part is the middle, two are the
/// middle and the bottom, three are top, middle and bottom. Paragraphs are centred unless they have a class.
/// </summary>
internal sealed class TitlePageContainer : IContainerConverter
{
    public string Name => "title-page";

    public Documents.Block? Convert(CustomContainer container, BlockConverter blocks)
    {
        var parts = new List<QuoteBlock> { NewPart() };
        foreach (var child in container.ToList())
        {
            if (child is ThematicBreakBlock)
            {
                parts.Add(NewPart());
                continue;
            }
            container.Remove(child);
            parts[^1].Add(child);
        }
        if (parts.Count > 3)
        {
            blocks.Context.Problem(container, $"A title page has at most three parts (top, middle, bottom) separated by ***; found {parts.Count}.");
            return null;
        }
        var converted = parts.Select(p => (IReadOnlyList<Documents.Block>)blocks.Convert(p, ParagraphStyle.Centered)).ToList();
        return converted.Count switch
        {
            1 => new TitlePage([], converted[0], []),
            2 => new TitlePage([], converted[0], converted[1]),
            _ => new TitlePage(converted[0], converted[1], converted[2]),
        };
    }

    private static QuoteBlock NewPart() => new QuoteBlock(null);
}
