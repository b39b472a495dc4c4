using System.Globalization;
using Csto.Reporting.Documents;
using Csto.Reporting.Docx.Fields;
using Csto.Reporting.Docx.Styles;
using Csto.Reporting.Docx.Writing;
using DocumentFormat.OpenXml;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace Csto.Reporting.Docx.Blocks;

/// <summary>
/// The table of contents → a TOC Heading title and a TOC field whose cached result already lists the headings
/// (TOC1–TOC4 paragraphs with a hanging indent, a hyperlink to each heading's bookmark: number, tab, text, a dot
/// leader and a PAGEREF field; an entry without a number has no hanging indent). Cached page
/// numbers come from the PDF layout when a heading page locator was given; otherwise they are left empty and the
/// settings ask Word to update fields on open.
/// </summary>
internal sealed class TableOfContentsRenderer : BlockRenderer<TableOfContents>
{
    protected override void Write(DocxWriter writer, TableOfContents block, OpenXmlCompositeElement container, BlockScope scope)
    {
        var state = writer.State;
        var title = ParagraphFactory.Create(StyleIds.TocHeading, BlockScope.Body);
        title.Append(RunFactory.Text(block.Title, RunFormat.Plain));
        container.Append(title);

        var instruction = string.Create(CultureInfo.InvariantCulture, $"TOC \\o \"1-{block.MaxLevel}\" \\h \\z \\u");
        var entries = state.Document.Headings()
            .Where(h => h.InTableOfContents && h.Level <= block.MaxLevel && state.Bookmarks.Find(h.Anchor) is not null)
            .DistinctBy(h => h.Anchor)
            .ToList();
        if (entries.Count == 0)
        {
            var empty = ParagraphFactory.Create(StyleIds.Toc(1), BlockScope.Body);
            ComplexField.AppendTo(empty, ComplexField.Open(instruction, dirty: state.HeadingPages is null));
            empty.Append(ComplexField.Close());
            container.Append(empty);
            return;
        }
        for (var i = 0; i < entries.Count; i++)
        {
            var paragraph = ParagraphFactory.Create(StyleIds.Toc(entries[i].Level), BlockScope.Body);
            if (entries[i].Number is not { Length: > 0 })
            {
                paragraph.ParagraphProperties!.Indentation = new W.Indentation
                {
                    Left = Units.TwipsText(TableOfContents.LevelIndent(entries[i].Level)),
                    Hanging = "0",
                };
            }
            if (i == 0)
            {
                ComplexField.AppendTo(paragraph, ComplexField.Open(instruction, dirty: state.HeadingPages is null));
            }
            paragraph.Append(Entry(writer, entries[i]));
            if (i == entries.Count - 1)
            {
                paragraph.Append(ComplexField.Close());
            }
            container.Append(paragraph);
        }
    }

    private static W.Hyperlink Entry(DocxWriter writer, Heading heading)
    {
        var bookmark = writer.State.Bookmarks.Find(heading.Anchor)!;
        var link = new W.Hyperlink { Anchor = bookmark, History = true };
        if (heading.Number is { Length: > 0 } number)
        {
            link.Append(RunFactory.Text(number, RunFormat.Plain));
            link.Append(RunFactory.Of(new W.TabChar()));
        }
        link.Append(RunFactory.Text(DocumentWalker.PlainText(heading.Content), RunFormat.Plain));
        link.Append(RunFactory.Of(new W.TabChar()));
        var page = writer.State.HeadingPages?.GetValueOrDefault(heading.Anchor);
        var cached = page is > 0 ? Units.Text(page.Value) : string.Empty;
        ComplexField.AppendTo(link, ComplexField.Whole($"PAGEREF {bookmark} \\h", cached));
        return link;
    }
}
