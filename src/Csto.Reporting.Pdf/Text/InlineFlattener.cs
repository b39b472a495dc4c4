using System.Globalization;
using Csto.Reporting.Documents;
using Csto.Reporting.Pdf.Fonts;
using Csto.Reporting.Pdf.Layout;

namespace Csto.Reporting.Pdf.Text;

/// <summary>
/// Flattens the inline tree of a paragraph into styled text: strong is bold, emphasis italic (both: bold italic),
/// links take the link colour, footnote references become small raised numbers.
/// </summary>
internal static class InlineFlattener
{
    /// <summary>The size of footnote reference numbers relative to the text.</summary>
    public const float SuperscriptScale = 0.65f;

    /// <summary>Flattens <paramref name="inlines"/> set in <paramref name="format"/>.</summary>
    public static List<StyledText> Flatten(IReadOnlyList<Inline> inlines, ParagraphFormat format, LayoutContext context)
    {
        var output = new List<StyledText>();
        var styles = new Dictionary<(bool, bool, string?, int), TextStyle>();
        Walk(inlines, format.Bold, format.Italic, null);
        return output;

        void Walk(IReadOnlyList<Inline> items, bool bold, bool italic, string? link)
        {
            foreach (var inline in items)
            {
                switch (inline)
                {
                    case TextRun run:
                        output.Add(new StyledText(run.Text, Style(bold, italic, link, 0)));
                        break;
                    case Strong strong:
                        Walk(strong.Content, true, italic, link);
                        break;
                    case Emphasis emphasis:
                        Walk(emphasis.Content, bold, !italic, link);
                        break;
                    case Link hyperlink:
                        var target = hyperlink.IsInternal && !context.Anchors.Contains(hyperlink.Target[1..]) ? null : hyperlink.Target;
                        Walk(hyperlink.Content, bold, italic, target ?? string.Empty);
                        break;
                    case FootnoteReference reference:
                        output.Add(new StyledText(reference.Number.ToString(CultureInfo.InvariantCulture), Style(false, false, link, reference.Number)));
                        break;
                    case LineBreak:
                        output.Add(new StyledText(null, Style(bold, italic, link, 0)));
                        break;
                }
            }
        }

        TextStyle Style(bool bold, bool italic, string? link, int footnote)
        {
            if (!styles.TryGetValue((bold, italic, link, footnote), out var style))
            {
                var font = FontCatalog.Get(format.Family, bold, italic, context.Theme.FallbackFonts);
                var isLink = !string.IsNullOrEmpty(link);
                var color = isLink ? context.LinkColor : format.Color;
                style = footnote > 0
                    ? new TextStyle(font, format.Size * SuperscriptScale, format.Size * 0.35f, format.Color, null, footnote)
                    : new TextStyle(font, format.Size, 0, color, isLink ? link : null, 0);
                styles.Add((bold, italic, link, footnote), style);
            }
            return style;
        }
    }
}
