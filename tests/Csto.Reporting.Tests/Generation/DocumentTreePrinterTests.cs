using Csto.Reporting.Documents;
using Csto.Reporting.Documents.Printing;
using NodaTime;

namespace Csto.Reporting.Tests.Generation;

public class DocumentTreePrinterTests
{
    [Fact]
    public void Prints_every_kind_of_block_and_inline()
    {
        var document = new ReportDocument(
            new DocumentMetadata("Доклад") { Author = "Секретариат ОДКБ", Date = new LocalDate(2025, 12, 3), Keywords = ["ОДКБ", "безопасность"] },
            [
                new Section([
                    new TitlePage([new Paragraph("ОДКБ", ParagraphStyle.Centered)], [new Paragraph("Доклад", ParagraphStyle.Title)], [new Paragraph("Москва", ParagraphStyle.Centered)]),
                    new TableOfContents("Содержание", 2),
                    new Heading(1, [new TextRun("Введение")], "vvedenie") { Number = "1." },
                    new Paragraph([new TextRun("3\u00A0декабря ~ <x> [y] \\"), new Strong([new TextRun("жирный")]), new Emphasis([new TextRun("курсив")]),
                        new Link("https://odkb-csto.org", [new TextRun("сайт")]), new FootnoteReference(1), LineBreak.Instance, new TextRun("конец\u00AD\u202F")]),
                    new ItemList(true, [new ListItem([new Paragraph("пункт", ParagraphStyle.Plain)])]) { Start = 3, ContinuesPrevious = true },
                    new ItemList(false, [new ListItem([new Paragraph("маркер")])]),
                    new Table([new TableColumn(2), new TableColumn(1, CellAlignment.Right)],
                        [new TableRow([new TableCell("Год"), new TableCell("Число")]), new TableRow([new TableCell("2025") { ColumnSpan = 2, Alignment = CellAlignment.Center }]) { CantSplit = false }])
                    { HeaderRowCount = 1, Caption = [new TextRun("Таблица 1")] },
                    new BlockQuote([new Paragraph("цитата", ParagraphStyle.Lead)]),
                    PageBreak.Instance,
                    new SignatureBlock([new Signatory("За Республику\nБеларусь", "А. Лукашенко")]),
                    new Heading(2, [new TextRun("Без номера")], "bez-nomera") { InTableOfContents = false },
                ]) { RunningHeader = "ОДКБ" },
            ],
            [new Footnote(1, [new Paragraph("Источник", ParagraphStyle.Plain)])]) { ThemeName = "gost" };

        var text = DocumentTreePrinter.Print(document);

        text.Should().Be("""
            document
              metadata
                title: Доклад
                author: Секретариат ОДКБ
                keywords: ОДКБ | безопасность
                language: ru-RU
                date: 2025-12-03
                theme: gost
              section 1 header="ОДКБ"
                title-page
                  top
                    paragraph center: ОДКБ
                  middle
                    paragraph title: Доклад
                  bottom
                    paragraph center: Москва
                toc max-level=2: Содержание
                heading 1 #vvedenie number=1.: Введение
                paragraph body: 3~декабря \~ \<x> \[y] \\<b>жирный</b><i>курсив</i><a href="https://odkb-csto.org">сайт</a>[^1]<br>конец\-\,
                list ordered start=3 continues
                  item
                    paragraph plain: пункт
                list bullet
                  item
                    paragraph body: маркер
                table header-rows=1 columns=[2 auto, 1 right]
                  caption: Таблица 1
                  row
                    cell
                      paragraph plain: Год
                    cell
                      paragraph plain: Число
                  row splittable
                    cell span=2x1 align=center
                      paragraph plain: 2025
                quote
                  paragraph lead: цитата
                page-break
                signatures
                  signatory: За Республику\nБеларусь | А. Лукашенко
                heading 2 #bez-nomera notoc: Без номера
              footnotes
                footnote 1
                  paragraph plain: Источник

            """.Replace("\r\n", "\n", StringComparison.Ordinal));
    }

    [Fact]
    public void Output_is_identical_for_equal_trees()
    {
        static ReportDocument Make() => new(new DocumentMetadata("T"), [new Section([new Paragraph("a")])]);
        DocumentTreePrinter.Print(Make()).Should().Be(DocumentTreePrinter.Print(Make()));
    }
}
