using Csto.Reporting.Documents;
using Csto.Reporting.Markdown.Conversion;
using Markdig.Extensions.CustomContainers;
using Markdig.Syntax;

namespace Csto.Reporting.Markdown.Containers;

/// <summary>
/// <c>::: title-page</c>: parts separated by thematic breaks (<c>***</c>): one part is the middle, two are the
/// middle and the bottom, three are top, middle and bottom. A nested <c>::: title-foot</c> container, the last thing
/// in the title page, adds its blocks to the bottom (set at the foot of the page: place and year); as with Pandoc's
/// fenced divs, the title page around it is fenced with more colons (<c>:::: title-page</c> … <c>::::</c>), since a
/// <c>:::</c> line closes every container opened with three. Paragraphs are centred unless they have a class.
/// </summary>
internal sealed class TitlePageContainer : IContainerConverter
{
    /// <summary>The name of the container, nested last in a title page, whose blocks are set at the page's foot.</summary>
    public const string FootName = "title-foot";

    public string Name => "title-page";

    public Documents.Block? Convert(CustomContainer container, BlockConverter blocks)
    {
        // An unclosed title page (reported at its opening line) holds the rest of the file: its parts and foot are
        // not what the author wrote, so their placement is not checked, only the blocks themselves.
        var closed = container.ClosingFencedCharCount > 0;
        var parts = new List<QuoteBlock> { NewPart() };
        List<Documents.Block> foot = [];
        var children = container.ToList();
        for (var i = 0; i < children.Count; i++)
        {
            var child = children[i];
            if (child is CustomContainer { Info: FootName } footContainer)
            {
                if (closed && i != children.Count - 1)
                {
                    blocks.Context.Problem(footContainer, $"'::: {FootName}' is the last part of a ::: title-page; move what follows it above it.");
                }
                if (closed && footContainer.ClosingFencedCharCount == 0)
                {
                    // The title page's own ':::' closed both: a nested container needs a longer fence around it.
                    blocks.Context.Problem(footContainer, $"The container '::: {FootName}' is never closed: open the title page with four colons (':::: title-page' … '::::') so that the ':::' after '::: {FootName}' closes only it.");
                }
                if (!closed && footContainer.ClosingFencedCharCount == 0)
                {
                    // Both left open: each is named at its own opening line.
                    ContainerConverters.NeverClosed(footContainer, blocks);
                }
                container.Remove(footContainer);
                foot.AddRange(blocks.Convert(footContainer, ParagraphStyle.Centered));
                continue;
            }
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
            if (closed)
            {
                blocks.Context.Problem(container, $"A title page has at most three parts (top, middle, bottom) separated by ***; found {parts.Count}.");
            }
            return null;
        }
        var converted = parts.Select(p => (IReadOnlyList<Documents.Block>)blocks.Convert(p, ParagraphStyle.Centered)).ToList();
        return converted.Count switch
        {
            1 => new TitlePage([], converted[0], foot),
            2 => new TitlePage([], converted[0], [.. converted[1], .. foot]),
            _ => new TitlePage(converted[0], converted[1], [.. converted[2], .. foot]),
        };
    }

    private static QuoteBlock NewPart() => new QuoteBlock(null);
}
