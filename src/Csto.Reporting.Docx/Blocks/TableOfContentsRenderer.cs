using System.Globalization;
using Csto.Reporting.Documents;
using Csto.Reporting.Docx.Fields;
using Csto.Reporting.Docx.Styles;
using Csto.Reporting.Docx.Writing;
using DocumentFormat.OpenXml;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace Csto.Reporting.Docx.Blocks;

/// <summary>
/// The table of contents → a TOC Heading title and a borderless two-column table, one row per heading: the text
/// column holds the entry (a TOC1–TOC4 paragraph with its level's hanging indent, wide enough for the level's widest
/// number as in the PDF: number, tab, text, a dot leader to the
/// column's edge; an entry without a number has no hanging indent), the page-number column
/// (<see cref="TableOfContents.PageNumberRoom"/> wide, as in the PDF) the rest of the leader and a PAGEREF field,
/// aligned to the entry's last line. Both cells link to the heading's bookmark. So a wrapped entry continues
/// under its text and never under the page number, in Word and in LibreOffice alike: a right indent with the
/// number's tab beyond it (Word's usual way) loses the number in LibreOffice, which drops the text after a tab
/// past the right indent in a Word 2013+ (compatibility mode 15) file.
/// </summary>
/// <remarks>
/// The entries are not wrapped in a TOC field: Word's "Update field" would replace the table with its own
/// paragraphs, which run wrapped lines under the number again, and a field that begins in one table cell and ends
/// in another is not what Word writes. The page numbers stay PAGEREF fields, so updating fields (F9; on printing
/// only when Word's "Update fields before printing" is on, which it is not by default; on open) refreshes them; to list headings added later, a Word user inserts Word's own contents. With no
/// headings to list, an empty TOC field is written for Word to fill. Cached page numbers come from the PDF layout
/// when a heading page locator was given; otherwise they are left empty and the settings ask Word to update fields
/// on open.
/// </remarks>
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
        // Points; the grid in twips.
        var numberRoom = TableOfContents.PageNumberRoom(state.Theme.BodyFontSize);
        var textRoom = state.CurrentPage.ContentWidth - (scope.LeftIndent ?? 0) - numberRoom;
        var numberColumn = Units.Twips(numberRoom);
        var textColumn = Units.Twips(textRoom);
        var width = textColumn + numberColumn;
        var table = new W.Table(BorderlessTable.Properties(width, scope.LeftIndent), new W.TableGrid(
            new W.GridColumn { Width = Units.Text(textColumn) }, new W.GridColumn { Width = Units.Text(numberColumn) }));
        foreach (var heading in entries)
        {
            var style = StyleIds.Toc(heading.Level);
            var text = ParagraphFactory.Create(style, BlockScope.Body);
            text.ParagraphProperties!.Tabs = new W.Tabs(
                new W.TabStop { Val = W.TabStopValues.Clear, Position = Units.Twips(state.Theme.PageSetup.ContentWidth) },
                TextStyles.RightTab(textRoom, W.TabStopLeaderCharValues.Dot));
            var hanging = heading.Number is { Length: > 0 }
                ? state.ContentsHangingIndent(heading.Level) ?? TableOfContents.HangingIndent(heading.Level, entries, state.Theme.BodyFontSize)
                : 0;
            var textStart = TableOfContents.LevelIndent(heading.Level) + hanging;
            text.ParagraphProperties.Indentation = new W.Indentation { Left = Units.TwipsText(textStart), Hanging = Units.TwipsText(hanging) };
            if (hanging > 0 && Units.Twips(hanging) != Units.Twips(TableOfContents.HangingIndent(heading.Level)))
            {
                // The style's tab to the text is at the fixed hanging indent; this level's numbers need more.
                text.ParagraphProperties.Tabs.PrependChild(new W.TabStop { Val = W.TabStopValues.Left, Position = Units.Twips(textStart) });
                text.ParagraphProperties.Tabs.PrependChild(new W.TabStop
                {
                    Val = W.TabStopValues.Clear,
                    Position = Units.Twips(TableOfContents.LevelIndent(heading.Level) + TableOfContents.HangingIndent(heading.Level)),
                });
            }
            if (heading.Level == 1 && !ReferenceEquals(heading, entries[0]))
            {
                // As in the PDF: a level-1 entry after the first stands 3 pt apart from the one above.
                text.ParagraphProperties.SpacingBetweenLines = new W.SpacingBetweenLines { Before = Units.TwipsText(TableOfContents.FirstLevelSpaceBefore) };
            }
            text.Append(TextLink(writer, heading));
            var number = ParagraphFactory.Create(style, BlockScope.Body);
            number.ParagraphProperties!.Tabs = new W.Tabs(
                new W.TabStop { Val = W.TabStopValues.Clear, Position = Units.Twips(TableOfContents.LevelIndent(heading.Level) + TableOfContents.HangingIndent(heading.Level)) },
                new W.TabStop { Val = W.TabStopValues.Clear, Position = Units.Twips(state.Theme.PageSetup.ContentWidth) },
                TextStyles.RightTab(numberRoom, W.TabStopLeaderCharValues.Dot));
            number.ParagraphProperties.Indentation = new W.Indentation { Left = "0", FirstLine = "0" };
            number.Append(PageLink(writer, heading));
            table.Append(new W.TableRow(
                new W.TableRowProperties(new W.CantSplit()),
                BorderlessTable.Cell(textColumn, W.TableVerticalAlignmentValues.Top, text),
                BorderlessTable.Cell(numberColumn, W.TableVerticalAlignmentValues.Bottom, number)));
        }
        container.Append(table);
    }

    /// <summary>The entry's number, a tab, its text and the tab of the dot leader, linked to the heading.</summary>
    private static W.Hyperlink TextLink(DocxWriter writer, Heading heading)
    {
        var link = Link(writer, heading);
        if (heading.Number is { Length: > 0 } number)
        {
            link.Append(RunFactory.Text(number, RunFormat.Plain));
            link.Append(RunFactory.Of(new W.TabChar()));
        }
        link.Append(RunFactory.Text(DocumentWalker.PlainText(heading.Content), RunFormat.Plain));
        link.Append(RunFactory.Of(new W.TabChar()));
        return link;
    }

    /// <summary>The rest of the dot leader and the heading's page as a PAGEREF field, linked to the heading.</summary>
    private static W.Hyperlink PageLink(DocxWriter writer, Heading heading)
    {
        var link = Link(writer, heading);
        link.Append(RunFactory.Of(new W.TabChar()));
        var page = writer.State.HeadingPages?.GetValueOrDefault(heading.Anchor);
        var cached = page is > 0 ? Units.Text(page.Value) : string.Empty;
        ComplexField.AppendTo(link, ComplexField.Whole($"PAGEREF {link.Anchor!.Value} \\h", cached));
        return link;
    }

    private static W.Hyperlink Link(DocxWriter writer, Heading heading) =>
        new() { Anchor = writer.State.Bookmarks.Find(heading.Anchor)!, History = true };
}
