using Csto.Reporting.Documents;
using Csto.Reporting.Markdown.Conversion;
using Markdig.Extensions.CustomContainers;
using Markdig.Syntax;

namespace Csto.Reporting.Markdown.Containers;

/// <summary>
/// <c>::: place-date</c>: one paragraph <c>Place | Date</c> becomes a <see cref="ParagraphStyle.PlaceAndDate"/>
/// paragraph with a tab between the place (left) and the date (right); without <c>|</c> it is one centred line.
/// </summary>
internal sealed class PlaceDateContainer : IContainerConverter
{
    public string Name => "place-date";

    public Documents.Block? Convert(CustomContainer container, BlockConverter blocks)
    {
        if (container.Count != 1 || container[0] is not ParagraphBlock paragraph)
        {
            blocks.Context.Problem(container, "A ::: place-date container holds one line 'Place | Date', such as 'Бишкек | 27 ноября 2025 года'.");
            return null;
        }
        // The separator is looked for in the template's text only: a place holding '|' stays whole.
        var marked = blocks.Inlines.ConvertMarked(paragraph.Inline);
        var line = InlineConverter.SplitAtLast(marked, "|") is var (place, date)
            ? Line(place).Trim() + "\t" + Line(date).Trim()
            : Line(InlineConverter.Settle(marked)).Trim();
        return new Paragraph(line, ParagraphStyle.PlaceAndDate);
    }

    private static string Line(IEnumerable<Documents.Inline> inlines) => InlineConverter.PlainText(inlines).Replace('\n', ' ');
}
