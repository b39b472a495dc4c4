using Csto.Reporting.Documents;
using Csto.Reporting.Docx.Fields;
using Csto.Reporting.Docx.Styles;
using Csto.Reporting.Docx.Writing;
using Csto.Reporting.Themes;
using DocumentFormat.OpenXml.Packaging;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace Csto.Reporting.Docx.Parts;

/// <summary>
/// Headers and footers of a section: the page number as PAGE (and NUMPAGES for «{page} из {pages}») fields
/// where the theme puts it, and the section's running header. When the theme hides the number on the first
/// page, the document's first section gets w:titlePg without first-page parts: its first page has no header or
/// footer. A slot gets a part when it has content or an earlier section's part must be overridden.
/// </summary>
internal static class HeaderFooterBuilder
{
    /// <summary>Adds the header and footer parts of a section and returns their references, in sectPr order.</summary>
    /// <param name="writer">The writer (state and main part).</param>
    /// <param name="section">The section.</param>
    /// <param name="isFirstSection">Whether this is the document's first section.</param>
    /// <param name="titlePage">Set to true when the section needs w:titlePg.</param>
    public static IReadOnlyList<DocumentFormat.OpenXml.OpenXmlElement> Add(DocxWriter writer, Section section, bool isFirstSection, out bool titlePage)
    {
        var numbers = writer.State.Theme.PageNumbers;
        var inHeader = numbers.Position == PageNumberPosition.TopCenter;
        var inFooter = numbers.Position is PageNumberPosition.BottomCenter or PageNumberPosition.BottomRight;
        titlePage = isFirstSection && !numbers.OnFirstPage && numbers.Position != PageNumberPosition.None;
        var references = new List<DocumentFormat.OpenXml.OpenXmlElement>();

        var header = new W.Header();
        if (inHeader)
        {
            header.Append(PageNumber(numbers, StyleIds.Header));
        }
        if (section.RunningHeader is { Length: > 0 } running)
        {
            var paragraph = ParagraphFactory.Create(StyleIds.Header, BlockScope.Body);
            paragraph.Append(RunFactory.Text(running, new RunFormat(Bold: false, Italic: true, CharacterStyle: null)));
            header.Append(paragraph);
        }
        var footer = new W.Footer();
        if (inFooter)
        {
            footer.Append(PageNumber(numbers, StyleIds.Footer));
        }

        var state = writer.State;
        if (header.HasChildren || state.HeaderWritten)
        {
            references.Add(new W.HeaderReference { Type = W.HeaderFooterValues.Default, Id = AddHeader(writer, header) });
            state.HeaderWritten = true;
        }
        if (footer.HasChildren || state.FooterWritten)
        {
            references.Add(new W.FooterReference { Type = W.HeaderFooterValues.Default, Id = AddFooter(writer, footer) });
            state.FooterWritten = true;
        }
        return references;
    }

    private static string AddHeader(DocxWriter writer, W.Header header)
    {
        if (!header.HasChildren)
        {
            header.Append(Empty(StyleIds.Header));
        }
        var id = writer.State.NextRelationshipId();
        var part = writer.Part.AddNewPart<HeaderPart>(id);
        part.Header = header;
        return id;
    }

    private static string AddFooter(DocxWriter writer, W.Footer footer)
    {
        if (!footer.HasChildren)
        {
            footer.Append(Empty(StyleIds.Footer));
        }
        var id = writer.State.NextRelationshipId();
        var part = writer.Part.AddNewPart<FooterPart>(id);
        part.Footer = footer;
        return id;
    }

    private static W.Paragraph Empty(string style) => ParagraphFactory.Create(style, BlockScope.Body);

    private static W.Paragraph PageNumber(PageNumbering numbers, string style)
    {
        var alignment = numbers.Position == PageNumberPosition.BottomRight ? W.JustificationValues.Right : W.JustificationValues.Center;
        var paragraph = ParagraphFactory.Create(style, BlockScope.Body, alignment);
        var format = numbers.Format;
        var position = 0;
        while (position < format.Length)
        {
            var page = format.IndexOf("{page}", position, StringComparison.Ordinal);
            var pages = format.IndexOf("{pages}", position, StringComparison.Ordinal);
            var next = page < 0 ? pages : pages < 0 ? page : Math.Min(page, pages);
            if (next < 0)
            {
                paragraph.Append(RunFactory.Text(format[position..], RunFormat.Plain));
                break;
            }
            if (next > position)
            {
                paragraph.Append(RunFactory.Text(format[position..next], RunFormat.Plain));
            }
            var isTotal = next == pages;
            ComplexField.AppendTo(paragraph, ComplexField.Whole(isTotal ? "NUMPAGES" : "PAGE", "1"));
            position = next + (isTotal ? "{pages}".Length : "{page}".Length);
        }
        return paragraph;
    }
}
