using System.Globalization;
using System.Xml.Linq;
using Csto.Reporting.Documents;
using Csto.Reporting.Documents.Builder;
using Csto.Reporting.Docx.Tests.Support;
using Csto.Reporting.Pdf;
using Csto.Reporting.Rendering;
using Csto.Reporting.Themes;

namespace Csto.Reporting.Docx.Tests;

/// <summary>Tables, signatures, contents, pictures and the title page of the DOCX, read back from its XML.</summary>
public sealed class TableBlockTests
{
    private static readonly XNamespace W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    private static readonly XNamespace Wp = "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing";

    private static int Int(XElement element, string attribute) =>
        int.Parse(element.Attribute(W + attribute)!.Value, CultureInfo.InvariantCulture);

    private static ReportDocument EventDocument(out Table table)
    {
        table = new Table(Enumerable.Range(0, 4).Select(_ => new TableColumn()).ToArray(),
        [
            new TableRow(new[] { "№", "Мероприятие", "Место", "Участники" }.Select(t => new TableCell(t)).ToArray()),
            new TableRow(new[] { "1", "Заседание Совета министров иностранных дел Организации Договора о коллективной безопасности", "Москва", "35" }.Select(t => new TableCell(t)).ToArray()),
            new TableRow(new[] { "2", "Совместные учения «Нерушимое братство»", "Минск", "1\u00A0200" }.Select(t => new TableCell(t)).ToArray()),
        ]) { HeaderRowCount = 1 };
        return new ReportDocument(new DocumentMetadata("Таблица") { Date = new NodaTime.LocalDate(2025, 12, 3) }, [new Section([table])]);
    }

    [Fact]
    public async Task The_grid_has_the_column_widths_of_the_pdf_and_numbers_are_right_aligned()
    {
        var document = EventDocument(out var table);
        var layout = new PdfLayoutLocator();
        var points = layout.ColumnWidths(document, table, PageSetup.A4Gost.ContentWidth, RenderOptions.Default);
        var docx = await DocxRendering.RenderAsync(document, sizer: layout);

        var xml = DocxInspection.Part(docx, "word/document.xml");
        var grid = xml.Descendants(W + "gridCol").Select(g => Int(g, "w")).ToList();
        var edge = 0.0;
        var expected = points.Select(p => Length.ToTwips(edge + p) - Length.ToTwips((edge += p) - p)).ToList();
        grid.Should().Equal(expected);
        grid[0].Should().BeLessThan(grid[1] / 4, "«№» is narrow, the event names wide");
        grid.Sum().Should().Be(Length.ToTwips(PageSetup.A4Gost.ContentWidth));
        DocxInspection.Part(docx, "word/styles.xml").Descendants(W + "style").Single(s => s.Attribute(W + "styleId")?.Value == "TableGrid").Descendants(W + "tblCellMar").Single().Element(W + "left")!.Attribute(W + "w")!.Value
            .Should().Be(Length.ToTwips(TableColumnWidths.CellPadding).ToString(CultureInfo.InvariantCulture), "the PDF's cell padding");

        var rows = xml.Descendants(W + "tr").ToList();
        string? Justification(XElement cell) => cell.Descendants(W + "jc").SingleOrDefault()?.Attribute(W + "val")?.Value;
        rows.Skip(1).Select(r => Justification(r.Elements(W + "tc").Last())).Should().OnlyContain(j => j == "right");
        rows.Skip(1).Select(r => Justification(r.Elements(W + "tc").ElementAt(2))).Should().OnlyContain(j => j == "left");
    }

    [Fact]
    public async Task Without_a_sizer_automatic_columns_are_equal()
    {
        var docx = await DocxRendering.RenderAsync(EventDocument(out _));
        var grid = DocxInspection.Part(docx, "word/document.xml").Descendants(W + "gridCol").Select(g => Int(g, "w")).ToList();
        grid.Max().Should().BeLessThanOrEqualTo(grid.Min() + 1);
    }

    [Fact]
    public async Task The_place_and_date_line_and_the_last_two_paragraphs_keep_with_the_signatures()
    {
        var document = DocumentBuilder.Create("Подписи").Date(new NodaTime.LocalDate(2025, 12, 3)).Section(s => s
            .Paragraph("Первый абзац.")
            .Paragraph("Второй абзац.")
            .Paragraph("Последний абзац текста.")
            .PlaceAndDate("г. Москва", "3 декабря 2025 года")
            .SignatureBlock(b => b.Signatory("За Республику Армения", "Н. Пашинян").Signatory("За Республику Беларусь", "А. Лукашенко"))
            .Paragraph("После подписей."))
            .Build();
        var body = DocxInspection.Part(await DocxRendering.RenderAsync(document), "word/document.xml").Descendants(W + "body").Single();
        bool Keeps(XElement paragraph) => paragraph.Element(W + "pPr")?.Element(W + "keepNext") is not null;
        var paragraphs = body.Elements(W + "p").ToList();
        Keeps(paragraphs.Single(p => p.Value == "Первый абзац.")).Should().BeFalse();
        Keeps(paragraphs.Single(p => p.Value == "Второй абзац.")).Should().BeTrue("a one-line last paragraph brings a line of the one before along");
        Keeps(paragraphs.Single(p => p.Value == "Последний абзац текста.")).Should().BeTrue();
        Keeps(paragraphs.Single(p => p.Value.StartsWith("г.\u00A0Москва", StringComparison.Ordinal))).Should().BeTrue();
        Keeps(paragraphs.Single(p => p.Value == "После подписей.")).Should().BeFalse();
        var signatures = body.Elements(W + "tbl").Single().Descendants(W + "p").ToList();
        signatures.Take(signatures.Count - 2).Where(p => !Keeps(p)).Should().BeEmpty("the rows of the signature block stay together");
    }

    [Fact]
    public async Task Without_a_place_and_date_line_the_last_two_paragraphs_keep_with_the_signatures()
    {
        var document = DocumentBuilder.Create("Подписи").Date(new NodaTime.LocalDate(2025, 12, 3)).Section(s => s
            .Paragraph("Первый абзац.")
            .Paragraph("Второй абзац.")
            .Paragraph("Одностроч.")
            .SignatureBlock(b => b.Signatory("За Республику Армения", "Н. Пашинян")))
            .Build();
        var body = DocxInspection.Part(await DocxRendering.RenderAsync(document), "word/document.xml").Descendants(W + "body").Single();
        var keeps = body.Elements(W + "p").Where(p => p.Value.Length > 0).Select(p => (p.Value, Keeps: p.Element(W + "pPr")?.Element(W + "keepNext") is not null)).ToList();
        keeps.Should().ContainInOrder(("Первый абзац.", false), ("Второй абзац.", true), ("Одностроч.", true));
    }

    [Fact]
    public async Task A_tall_row_may_split_in_the_docx_as_it_does_in_the_pdf_and_short_rows_stay_whole()
    {
        var tall = string.Join(" ", Enumerable.Repeat("Совместные учения миротворческих сил государств — членов Организации Договора о коллективной безопасности.", 6));
        var table = new Table([new TableColumn(1), new TableColumn(3)],
        [
            new TableRow([new TableCell("Раздел"), new TableCell("Содержание")]),
            new TableRow([new TableCell("Первая"), new TableCell("Короткая строка")]),
            new TableRow([new TableCell("Итоги"), new TableCell(tall)]),
        ]) { HeaderRowCount = 1 };
        var document = new ReportDocument(new DocumentMetadata("Строки") { Date = new NodaTime.LocalDate(2025, 12, 3) }, [new Section([table])]);
        var layout = new PdfLayoutLocator();
        layout.OversizedRows(document, table, RenderOptions.Default).Should().Equal([2], "the row of many lines splits rather than leave a gap");
        var docx = await DocxRendering.RenderAsync(document, sizer: layout);
        DocxInspection.Part(docx, "word/document.xml").Descendants(W + "tr").Select(r => r.Element(W + "trPr")?.Element(W + "cantSplit") is not null)
            .Should().Equal([true, true, false], "no w:cantSplit on the tall row");
    }

    [Theory]
    [InlineData(1, new int[0])]
    [InlineData(2, new[] { 1 })]
    [InlineData(3, new[] { 1, 2 })]
    [InlineData(6, new[] { 1, 5 })]
    public async Task The_first_body_row_and_the_last_but_one_keep_with_the_next_so_no_split_leaves_a_single_row(int bodyRows, int[] kept)
    {
        var table = new Table([new TableColumn(), new TableColumn()],
        [
            new TableRow([new TableCell("Номер"), new TableCell("Содержание")]),
            .. Enumerable.Range(1, bodyRows).Select(r => new TableRow([new TableCell($"ряд{r}"), new TableCell([new Paragraph("Первый абзац."), new Paragraph("Второй абзац.")])])),
        ]) { HeaderRowCount = 1 };
        var document = new ReportDocument(new DocumentMetadata("Таблица") { Date = new NodaTime.LocalDate(2025, 12, 3) }, [new Section([table])]);
        var docx = await DocxRendering.RenderAsync(document);

        var rows = DocxInspection.Part(docx, "word/document.xml").Descendants(W + "tr").ToList();
        rows.Should().HaveCount(bodyRows + 1);
        var keeping = rows.Select((row, i) => (i, Paragraphs: row.Descendants(W + "p").ToList()))
            .Where(r => r.Paragraphs.All(p => p.Element(W + "pPr")?.Element(W + "keepNext") is not null))
            .Select(r => r.i)
            .ToList();
        keeping.Should().Equal(kept, "every paragraph of those rows, and of no other, keeps with the next");
    }

    [Fact]
    public async Task Contents_entries_hang_their_text_after_the_number()
    {
        var document = DocumentBuilder.Create("Содержание").Date(new NodaTime.LocalDate(2025, 12, 3)).NumberHeadings().Section(s => s
            .TableOfContents()
            .Heading(1, "Введение")
            .Heading(2, "Очень длинный заголовок раздела, который не помещается в одну строку оглавления и переносится"))
            .Build();
        var docx = await DocxRendering.RenderAsync(document, locator: new PdfLayoutLocator());
        var styles = DocxInspection.Part(docx, "word/styles.xml");
        for (var level = 1; level <= 4; level++)
        {
            var style = styles.Descendants(W + "style").Single(s => s.Attribute(W + "styleId")?.Value == "TOC" + level.ToString(CultureInfo.InvariantCulture));
            var indent = style.Descendants(W + "ind").Single();
            var hanging = Length.ToTwips(TableOfContents.HangingIndent(level));
            Int(indent, "hanging").Should().Be(hanging);
            Int(indent, "left").Should().Be(Length.ToTwips(TableOfContents.LevelIndent(level) + TableOfContents.HangingIndent(level)), "the PDF's indent");
            style.Descendants(W + "tab").Select(t => Int(t, "pos")).Should().Contain(Int(indent, "left"), "the number's tab reaches the text");
        }
        // One row per entry: the text column and the page-number column, as wide as the PDF's.
        var row = DocxInspection.Part(docx, "word/document.xml").Descendants(W + "tr")
            .Single(r => r.Descendants(W + "pStyle").Any(s => s.Attribute(W + "val")?.Value == "TOC2"));
        var cells = row.Elements(W + "tc").ToList();
        cells.Should().HaveCount(2);
        var widths = cells.Select(c => Int(c.Descendants(W + "tcW").Single(), "w")).ToList();
        widths[1].Should().Be(Length.ToTwips(TableOfContents.PageNumberRoom(BuiltInThemes.Gost.BodyFontSize)));
        (widths[0] + widths[1]).Should().BeCloseTo(Length.ToTwips(PageSetup.A4Gost.ContentWidth), 1);
        var texts = cells[0].Descendants(W + "hyperlink").Single().Elements(W + "r").ToList();
        texts[0].Value.Should().Be("1.1.");
        texts[1].Element(W + "tab").Should().NotBeNull("a tab, not a space, separates the number from the text");
        cells[0].Descendants(W + "tab").Where(t => t.Parent!.Name == W + "tabs").Select(t => (t.Attribute(W + "val")!.Value, Int(t, "pos")))
            .Should().Contain(("right", widths[0]), "the dot leader ends at the text column's edge");
        cells[0].Descendants(W + "instrText").Should().BeEmpty("the page number is in its own column");
        cells[1].Descendants(W + "vAlign").Single().Attribute(W + "val")!.Value.Should().Be("bottom", "the number stands on the entry's last line");
        cells[1].Descendants(W + "instrText").Single().Value.Trim().Should().StartWith("PAGEREF ");
    }

    [Fact]
    public async Task Contents_entries_take_the_measured_hanging_indent_and_level_one_entries_after_the_first_stand_3_pt_apart()
    {
        var document = DocumentBuilder.Create("Содержание").Date(new NodaTime.LocalDate(2025, 12, 3)).NumberHeadings().Section(s =>
        {
            s.TableOfContents();
            for (var chapter = 1; chapter <= 12; chapter++)
            {
                s.Heading(1, "Глава").Heading(2, "Раздел");
            }
        }).Build();
        var locator = new PdfLayoutLocator();
        var docx = await DocxRendering.RenderAsync(document, locator: locator);
        var options = new RenderOptions { Theme = BuiltInThemes.Gost };
        var rows = DocxInspection.Part(docx, "word/document.xml").Descendants(W + "tr")
            .Select(r => (Level: r.Descendants(W + "pStyle").First().Attribute(W + "val")!.Value, Text: r.Elements(W + "tc").First().Descendants(W + "p").Single()))
            .ToList();
        rows.Should().HaveCount(24);
        foreach (var (level, text) in rows)
        {
            var hanging = locator.ContentsHangingIndent(document, level == "TOC1" ? 1 : 2, options);
            Int(text.Descendants(W + "ind").Single(), "hanging").Should().Be(Length.ToTwips(hanging), "the DOCX takes the indent the PDF measured");
        }
        var spaced = rows.Select(r => r.Text.Element(W + "pPr")!.Element(W + "spacing")?.Attribute(W + "before")?.Value).ToList();
        spaced.Where((_, i) => rows[i].Level == "TOC1").Should().Equal(new string?[] { null }.Concat(Enumerable.Repeat("60", 11)),
            "3 pt (60 twips) above every level-1 entry but the first, as in the PDF");
        spaced.Where((_, i) => rows[i].Level != "TOC1").Should().OnlyContain(v => v == null);
    }

    [Fact]
    public async Task A_tall_picture_is_fitted_to_the_text_area_as_in_the_pdf()
    {
        using var bitmap = new SkiaSharp.SKBitmap(100, 400);
        using var png = bitmap.Encode(SkiaSharp.SKEncodedImageFormat.Png, 100);
        var width = Length.FromMillimetres(170);
        var document = DocumentBuilder.Create("Рисунок").Date(new NodaTime.LocalDate(2025, 12, 3))
            .Section(s => s.Image(png.ToArray(), width, 4 * width, "Высокий рисунок")).Build();
        var extent = DocxInspection.Part(await DocxRendering.RenderAsync(document), "word/document.xml").Descendants(Wp + "extent").Single();
        var page = PageSetup.A4Gost;
        var height = page.ContentHeight * ImageFit.HeightShare;
        long Emu(string name) => long.Parse(extent.Attribute(name)!.Value, CultureInfo.InvariantCulture);
        Emu("cy").Should().Be((long)Math.Round(height * 12700));
        Emu("cx").Should().Be((long)Math.Round(height / 4 * 12700));
    }

    [Fact]
    public async Task The_title_of_a_title_page_is_set_larger()
    {
        var document = DocumentBuilder.Create("Титул").Date(new NodaTime.LocalDate(2025, 12, 3)).Section(s => s
            .TitlePage(t => t.Top(b => b.Paragraph("Организация", ParagraphStyle.Centered)).Middle(b => b.Paragraph("Заглавие доклада", ParagraphStyle.Title)).Bottom(b => b.Paragraph("Москва 2025", ParagraphStyle.Centered)))
            .Paragraph("Текст."))
            .Build();
        var title = DocxInspection.Part(await DocxRendering.RenderAsync(document), "word/document.xml").Descendants(W + "p").Single(p => p.Value == "Заглавие доклада");
        title.Descendants(W + "sz").Select(s => Int(s, "val")).Should().OnlyContain(v => v == (int)Math.Round(BuiltInThemes.Gost.TitleFontSize * TitlePage.TitleScale * 2));
    }
}
