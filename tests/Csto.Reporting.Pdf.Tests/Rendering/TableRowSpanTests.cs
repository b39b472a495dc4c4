using Csto.Reporting.Documents;
using Csto.Testing;
using Csto.Reporting.Pdf.Tests.TestSupport;
using Csto.Reporting.Rendering;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;

namespace Csto.Reporting.Pdf.Tests.Rendering;

/// <summary>Groups of rows joined by row spans that are taller than a page split between their rows and lose nothing.</summary>
public sealed class TableRowSpanTests
{
    private static readonly PageSetup Page = PageSetup.A4Gost;

    /// <summary>
    /// A plan of events: the direction spans every row of its events, so the military direction's 45 rows are one
    /// group taller than a page.
    /// </summary>
    public static Table Plan(int military = 45, int humanitarian = 6)
    {
        var rows = new List<TableRow> { new(new[] { "Направление", "№", "Мероприятие", "Срок" }.Select(t => new TableCell(t)).ToArray()) };
        var number = 1;
        foreach (var (direction, count) in new[] { ("Военноесотрудничество", military), ("Гуманитарноесотрудничество", humanitarian) })
        {
            for (var i = 0; i < count; i++, number++)
            {
                var cells = new List<TableCell>();
                if (i == 0)
                {
                    cells.Add(new TableCell(direction) { RowSpan = count });
                }
                cells.Add(new TableCell(number.ToString(System.Globalization.CultureInfo.InvariantCulture)));
                cells.Add(new TableCell($"Мероприятие{number} совместной подготовки органов управления и сил"));
                cells.Add(new TableCell($"{1 + i % 4}\u00A0квартал"));
                rows.Add(new TableRow(cells));
            }
        }
        return new Table(Enumerable.Range(0, 4).Select(_ => new TableColumn()).ToArray(), rows)
        {
            HeaderRowCount = 1,
            Caption = [new TextRun("Таблица 3\u00A0— План совместных мероприятий")],
        };
    }

    private static ReportDocument Document(params Block[] blocks) =>
        new(new DocumentMetadata("Строки с объединёнными ячейками") { Date = Samples.Date }, [new Section(blocks)]);

    private static List<List<Word>> PageWords(byte[] pdf)
    {
        using var parsed = PdfDocument.Open(pdf);
        return parsed.GetPages().Select(p => p.GetWords().ToList()).ToList();
    }

    [Fact]
    public void A_group_of_spanned_rows_taller_than_a_page_splits_between_rows_under_its_caption_and_repeated_header()
    {
        var document = Document(new Paragraph(Samples.SeedParagraphs[0]), new Paragraph(Samples.SeedParagraphs[1]), Plan());
        var pages = PageWords(Render.Pdf(document));
        pages.Count.Should().BeGreaterThan(2, "45 rows do not fit on one page");

        var all = pages.SelectMany(p => p).Select(w => w.Text).ToList();
        for (var n = 1; n <= 51; n++)
        {
            all.Count(w => w == $"Мероприятие{n}").Should().Be(1, $"event {n} is printed exactly once");
        }
        all.Count(w => w == "Военноесотрудничество").Should().Be(1, "the spanning cell's text is not repeated");
        all.Count(w => w == "Гуманитарноесотрудничество").Should().Be(1);

        var caption = pages.FindIndex(p => p.Any(w => w.Text == "Таблица"));
        pages.FindIndex(p => p.Any(w => w.Text == "Мероприятие1")).Should().Be(caption, "the group starts under its caption and header, filling that page");
        pages.FindIndex(p => p.Any(w => w.Text == "Военноесотрудничество")).Should().Be(caption);
        var last = pages.FindIndex(p => p.Any(w => w.Text == "Мероприятие45"));
        for (var p = caption; p <= last; p++)
        {
            pages[p].Should().ContainSingle(w => w.Text == "Направление", $"page {p + 1} shows the header once");
            pages[p].Should().OnlyContain(w => w.BoundingBox.Bottom >= Page.Margins.Bottom - 1, "no text runs into the bottom margin");
        }
        // Rows keep their order across the breaks.
        var order = pages.SelectMany(p => p.Where(w => w.Text.StartsWith("Мероприятие", StringComparison.Ordinal) && w.Text.Length > 11)).Select(w => int.Parse(w.Text[11..], System.Globalization.CultureInfo.InvariantCulture)).ToList();
        order.Should().BeInAscendingOrder().And.HaveCount(51);
    }

    [ToolFact("pdftotext")]
    public void A_spanning_cell_taller_than_a_page_continues_its_lines_below_the_break()
    {
        var huge = "началоячейки " + string.Join(" ", Enumerable.Range(0, 14).Select(i => Samples.SeedParagraphs[i % Samples.SeedParagraphs.Count])) + " конецячейки";
        var table = new Table([new TableColumn(3), new TableColumn(1)],
        [
            new TableRow([new TableCell("Содержание"), new TableCell("Этап")]),
            new TableRow([new TableCell(huge) { RowSpan = 3 }, new TableCell("первыйэтап")]),
            new TableRow([new TableCell("второйэтап")]),
            new TableRow([new TableCell("третийэтап")]),
            new TableRow([new TableCell("после"), new TableCell("итог")]),
        ]) { HeaderRowCount = 1, Caption = [new TextRun("Таблица 4\u00A0— Этапы")] };
        var document = Document(new Paragraph(Samples.SeedParagraphs[2]), table);
        var pdf = Render.Pdf(document);
        var pages = PageWords(pdf);
        pages.Count.Should().BeGreaterThan(1);
        var caption = pages.FindIndex(p => p.Any(w => w.Text == "Таблица"));
        pages.FindIndex(p => p.Any(w => w.Text == "началоячейки")).Should().Be(caption, "the spanning cell starts under the caption");
        pages.FindIndex(p => p.Any(w => w.Text == "конецячейки")).Should().BeGreaterThan(caption);
        WordGuard.Words(PdfTools.Text(pdf)).Count(w => w == "ОДКБ").Should().Be(WordGuard.Words(huge).Count(w => w == "ОДКБ"), "no line of the cell is lost or repeated");
        foreach (var word in new[] { "первыйэтап", "второйэтап", "третийэтап", "итог", "конецячейки" })
        {
            pages.SelectMany(p => p).Count(w => w.Text == word).Should().Be(1, word);
        }
        pages.Should().OnlyContain(p => p.All(w => w.BoundingBox.Bottom >= Page.Margins.Bottom - 1), "no text runs into the bottom margin");
    }

    [Fact]
    public void A_group_that_fits_on_a_page_moves_whole()
    {
        // Enough text before the table that a 12-row group cannot fit in the rest of the first page.
        var fillers = Enumerable.Range(0, 6).Select(i => (Block)new Paragraph(Samples.SeedParagraphs[i % Samples.SeedParagraphs.Count])).ToList();
        var pages = PageWords(Render.Pdf(Document([.. fillers, Plan(military: 12, humanitarian: 2)])));
        var first = pages.FindIndex(p => p.Any(w => w.Text == "Мероприятие1"));
        pages.FindIndex(p => p.Any(w => w.Text == "Мероприятие12")).Should().Be(first, "rows joined by a span that fit on a page stay together");
    }
}
