using System.Globalization;
using System.Text;

namespace Csto.Reporting.Documents.Printing;

/// <summary>Writes inlines on one line with tags, for <see cref="DocumentTreePrinter"/>.</summary>
internal static class InlinePrinter
{
    public static string Print(IEnumerable<Inline> inlines)
    {
        var output = new StringBuilder();
        Append(output, inlines);
        return output.ToString();
    }

    private static void Append(StringBuilder output, IEnumerable<Inline> inlines)
    {
        foreach (var inline in inlines)
        {
            switch (inline)
            {
                case TextRun run:
                    output.Append(TextEscaper.Escape(run.Text));
                    break;
                case Strong strong:
                    output.Append("<b>");
                    Append(output, strong.Content);
                    output.Append("</b>");
                    break;
                case Emphasis emphasis:
                    output.Append("<i>");
                    Append(output, emphasis.Content);
                    output.Append("</i>");
                    break;
                case Link link:
                    output.Append("<a href=\"").Append(TextEscaper.Escape(link.Target)).Append("\">");
                    Append(output, link.Content);
                    output.Append("</a>");
                    break;
                case FootnoteReference reference:
                    output.Append(CultureInfo.InvariantCulture, $"[^{reference.Number}]");
                    break;
                case LineBreak:
                    output.Append("<br>");
                    break;
                default:
                    output.Append('<').Append(inline.GetType().Name).Append("/>");
                    break;
            }
        }
    }
}
