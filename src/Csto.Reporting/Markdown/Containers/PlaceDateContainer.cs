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
        var text = InlineConverter.PlainText(blocks.Inlines.Convert(paragraph.Inline)).Replace('\n', ' ');
        var bar = text.LastIndexOf('|');
        var line = bar < 0 ? text.Trim() : text[..bar].Trim() + "\t" + text[(bar + 1)..].Trim();
        return new Paragraph(line, ParagraphStyle.PlaceAndDate);
    }
}
