using Csto.Reporting.Documents;
using Csto.Reporting.Markdown.Conversion;
using Markdig.Extensions.CustomContainers;
using Markdig.Syntax;

namespace Csto.Reporting.Markdown.Containers;

/// <summary>
/// <c>::: signatures</c>: a bullet list, one item per signatory, <c>- Office | Name</c> split at the last
/// <c> | </c> of the template's own text (never one inside a printed value); hard line breaks in the office become '\n'; an item without <c>|</c> is an office without a name.
/// </summary>
internal sealed class SignaturesContainer : IContainerConverter
{
    public string Name => "signatures";

    public Documents.Block? Convert(CustomContainer container, BlockConverter blocks)
    {
        if (container.Count != 1 || container[0] is not ListBlock { IsOrdered: false } list)
        {
            blocks.Context.Problem(container, "A ::: signatures container holds one bullet list, one item per signatory: '- Office | Name'.");
            return null;
        }
        var signatories = new List<Signatory>();
        foreach (var item in list.OfType<ListItemBlock>())
        {
            if (item.Count != 1 || item[0] is not ParagraphBlock paragraph)
            {
                blocks.Context.Problem(item, "A signatory is one line 'Office | Name'.");
                continue;
            }
            // The separator is looked for in the template's text only: an office or a name holding ' | ' stays whole.
            var marked = blocks.Inlines.ConvertMarked(paragraph.Inline);
            if (marked is [.., TextRun { Text: var tail }] && tail.EndsWith(" |", StringComparison.Ordinal))
            {
                marked[^1] = new TextRun(tail + " "); // 'Office |' with no name: the line's trailing space was trimmed
            }
            var split = InlineConverter.SplitAtLast(marked, " | ");
            var office = InlineConverter.PlainText(split?.Before ?? InlineConverter.Settle(marked));
            var name = split is { After: var after } ? InlineConverter.PlainText(after).Trim() : string.Empty;
            office = string.Join('\n', office.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0));
            if (office.Length == 0)
            {
                blocks.Context.Problem(item, "A signatory needs an office before ' | '.");
                continue;
            }
            signatories.Add(new Signatory(office, name));
        }
        return signatories.Count == 0 ? null : new SignatureBlock(signatories);
    }
}
