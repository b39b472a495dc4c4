using System.Globalization;
using System.Xml.Linq;
using Csto.Reporting.Diagnostics;
using Csto.Reporting.Documents;
using Csto.Reporting.Inputs;
using Csto.Reporting.Markdown;
using Csto.Reporting.Themes;
using Csto.Reporting.Docx.Tests.Support;
using Csto.Reporting.Pdf;
using Csto.Reporting.Rendering;
using Csto.Testing;
using UglyToad.PdfPig;

namespace Csto.Reporting.Docx.Tests;

/// <summary>
/// What the DOCX takes from the one PDF layout (column widths), row spans taller than a page (vMerge) and keeps
/// inside lists and quotations, read back from the XML and, for the spans, from LibreOffice's rendering.
/// </summary>
[Collection(PdfLayoutCollection.Name)]
public sealed class TableLayoutSharingTests
{
    private static readonly XNamespace W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    private static readonly PageSetup Page = PageSetup.A4Gost;

    private static ReportDocument Document(params Block[] blocks) =>
        new(new DocumentMetadata("Таблицы") { Date = new NodaTime.LocalDate(2025, 12, 3) }, [new Section(blocks)]);

    private static Table Events() => new(Enumerable.Range(0, 3).Select(_ => new TableColumn()).ToArray(),
    [
        new TableRow(new[] { "№", "Мероприятие", "Место" }.Select(t => new TableCell(t)).ToArray()),
        new TableRow(new[] { "1", "Заседание Совета министров иностранных дел Организации Договора о коллективной безопасности", "Москва" }.Select(t => new TableCell(t)).ToArray()),
    ]) { HeaderRowCount = 1 };

    /// <summary>A plan whose first direction spans 45 rows: one group of rows taller than a page.</summary>
    private static Table Plan()
    {
        var rows = new List<TableRow> { new(new[] { "Направление", "№", "Мероприятие" }.Select(t => new TableCell(t)).ToArray()) };
        for (var n = 1; n <= 45; n++)
        {
            var cells = new List<TableCell>();
            if (n == 1)
            {
                cells.Add(new TableCell("Военное") { RowSpan = 45 });
            }
            cells.Add(new TableCell(n.ToString(CultureInfo.InvariantCulture)));
            cells.Add(new TableCell($"Мероприятие{n} совместной подготовки органов управления и сил"));
            rows.Add(new TableRow(cells));
        }
        return new Table(Enumerable.Range(0, 3).Select(_ => new TableColumn()).ToArray(), rows)
        {
            HeaderRowCount = 1,
            Caption = [new TextRun("Таблица 3\u00A0— План совместных мероприятий")],
        };
    }

    [Fact]
    public async Task The_grid_of_a_table_in_a_quotation_has_the_widths_the_pdf_laid_it_out_with()
    {
        var table = Events();
        var document = Document(new Paragraph("Перед цитатой."), new BlockQuote([table]));
        var layout = new PdfLayoutLocator();
        var points = layout.ColumnWidths(document, table, Page.ContentWidth, RenderOptions.Default);
        var quoteWidth = Page.ContentWidth - 1.5 * Length.FromCentimetres(1.25);
        points.Sum().Should().BeApproximately(quoteWidth, 0.01, "the PDF indents a quotation on both sides, and the table fills it");

        var docx = await DocxRendering.RenderAsync(document, sizer: layout);
        var grid = DocxInspection.Part(docx, "word/document.xml").Descendants(W + "gridCol").Select(g => int.Parse(g.Attribute(W + "w")!.Value, CultureInfo.InvariantCulture)).ToList();
        grid.Sum().Should().BeCloseTo(Length.ToTwips(quoteWidth), 2);
        grid[0].Should().BeCloseTo(Length.ToTwips(points[0]), 1);
        grid[1].Should().BeCloseTo(Length.ToTwips(points[1]), 1);

        var foreign = () => layout.ColumnWidths(document, Events(), Page.ContentWidth, RenderOptions.Default);
        foreign.Should().Throw<ArgumentException>().WithMessage("*not part of the document*");
    }

    [ToolFact("soffice")]
    public async Task A_cell_spanning_more_rows_than_fit_on_a_page_is_a_vmerge_that_libreoffice_continues_on_the_next_page()
    {
        var document = Document(new Paragraph("Перед таблицей."), Plan());
        var docx = await DocxRendering.RenderAsync(document, sizer: new PdfLayoutLocator());
        var rows = DocxInspection.Part(docx, "word/document.xml").Descendants(W + "tbl").Single().Elements(W + "tr").ToList();
        string? Merge(XElement row) => row.Elements(W + "tc").First().Descendants(W + "vMerge").SingleOrDefault() is { } merge ? merge.Attribute(W + "val")?.Value ?? "continue" : null;
        rows.Skip(1).Select(Merge).Should().Equal(["restart", .. Enumerable.Repeat("continue", 44)]);

        var pdf = await LibreOffice.ConvertToPdfAsync(docx, "row-span");
        using var parsed = PdfDocument.Open(pdf);
        parsed.NumberOfPages.Should().BeGreaterThan(1, "45 rows take more than a page");
        var words = parsed.GetPages().SelectMany(p => p.GetWords()).Select(w => w.Text).ToList();
        for (var n = 1; n <= 45; n++)
        {
            words.Count(w => w == $"Мероприятие{n}").Should().Be(1, $"LibreOffice shows event {n} once");
        }
        words.Count(w => w == "Военное").Should().Be(1, "the merged cell's text is shown once, at its top");
        parsed.GetPages().Skip(1).Should().OnlyContain(p => p.GetWords().Any(w => w.Text == "Направление"), "the header row is repeated");
    }

    /// <summary>A register whose second row holds 70 numbered paragraphs in one cell: taller than an A4 page.</summary>
    private static Table Register()
    {
        var tall = Enumerable.Range(1, 70).Select(n => (Block)new Paragraph($"Пункт{n} перечня документов", ParagraphStyle.Plain)).ToArray();
        return new Table([new TableColumn(), new TableColumn(4)],
        [
            new TableRow([new TableCell("№"), new TableCell("Содержание")]),
            new TableRow([new TableCell("1"), new TableCell("Короткая строка")]),
            new TableRow([new TableCell("2"), new TableCell(tall)]),
            new TableRow([new TableCell("3"), new TableCell("Последняя строка")]),
        ]) { HeaderRowCount = 1, Caption = [new TextRun("Таблица 4\u00A0— Перечень")] };
    }

    [Fact]
    public async Task A_markdown_table_row_with_a_picture_that_fits_no_page_is_refused_by_the_docx_at_the_tables_line()
    {
        var header = string.Join(" ", Enumerable.Repeat("Заголовок столбца с длинным описанием схемы", 12));
        var markdown = "---\ntitle: Высокая строка\n---\n\nТекст перед таблицей.\n\n| Схема | " + header + " |\n|---|---|\n| ![Схема района](tall.svg) | Описание схемы |\n";
        const string svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"20mm\" height=\"400mm\" viewBox=\"0 0 20 400\"><rect width=\"20\" height=\"400\" fill=\"#4682b4\"/></svg>";
        var document = Typography.Typographer.Apply(MarkdownDocumentReader.ReadFile(markdown, "tall.md", _ => System.Text.Encoding.UTF8.GetBytes(svg)), Typography.TypographyOptions.All)
            with { Source = new DocumentSource("tall.md", () => markdown, null, AuthorsText: true) };
        var layout = new PdfLayoutLocator();
        var act = () => DocxRendering.RenderAsync(document, sizer: layout);
        var problem = (await act.Should().ThrowAsync<ReportInputException>()).Which.Problems.Should().ContainSingle().Subject;
        problem.Message.Should().Contain("would be cut off");
        (problem.Source, problem.Line, problem.Column).Should().Be(("tall.md", 7, 1), "the DOCX names the table's line as the PDF does");
    }

    /// <summary>The table of the bundled analyst's note (its column of dates) with a row of a range of days, «15–19 апреля».</summary>
    private static ReportDocument DatedEvents(out Table table)
    {
        var markdown = string.Join("\n",
            "---", "title: События", "---", "",
            "| Дата | Мероприятие | Участники |",
            "|:-----|:------------|:----------|",
            "| 14 февраля 2024 года | Образовательный семинар (коуч-сессия) «Актуальные вопросы евразийской безопасности», Секретариат ОДКБ | Руководители подразделений и эксперты Секретариата ОДКБ, представители научного сообщества, студенты и аспиранты ведущих российских высших учебных заведений |",
            "| 15–19 апреля 2025 года | Командно-штабное учение с органами управления сил и средств системы коллективной безопасности | Делегации оборонных ведомств государств – членов ОДКБ |",
            "| 26 и 27 ноября 2025 года | Международная военно-научная конференция «Прикладные аспекты научной деятельности в области обороны и безопасности государства», Минск | Представители Секретариата ОДКБ, Исполнительного комитета и Секретариата СМО СНГ, специальный докладчик ООН |",
            "| 3 декабря 2025 года | 42-е заседание Рабочей группы по Афганистану при СМИД ОДКБ | Сотрудники Секретариата ОДКБ, делегации государств – членов Организации |",
            "");
        var document = Typography.Typographer.Apply(MarkdownDocumentReader.ReadFile(markdown, "events.md"), Typography.TypographyOptions.All);
        table = document.Sections[0].Blocks.OfType<Table>().Single();
        return document;
    }

    [Fact]
    public async Task The_date_column_holds_a_range_of_days_whole_neither_overflowing_nor_squeezed_in_the_pdf_and_the_docx()
    {
        var document = DatedEvents(out var table);
        var theme = BuiltInThemes.Gost;
        var options = new RenderOptions { Theme = theme };
        var layout = new PdfLayoutLocator();
        var widths = layout.ColumnWidths(document, table, Page.ContentWidth, options);
        widths[0].Should().BeLessThan(widths[1]).And.BeLessThan(widths[2], "the dates are short beside the events and participants");

        using var pdf = new MemoryStream();
        await new PdfReportRenderer().RenderAsync(document, options, pdf);
        using var parsed = PdfDocument.Open(pdf.ToArray());
        var words = parsed.GetPages().SelectMany(p => p.GetWords()).ToList();
        var left = Page.Margins.Left;
        var dates = words.Where(w => w.BoundingBox.Left < left + widths[0]).ToList();
        foreach (var whole in new[] { "15–19", "апреля", "февраля", "ноября", "декабря", "2024", "2025", "года" })
        {
            dates.Should().Contain(w => w.Text.Contains(whole, StringComparison.Ordinal), $"«{whole}» is set whole in the date column");
        }
        dates.Should().NotContain(w => w.Text.EndsWith('-') || w.Text.EndsWith('–'), "no date is broken inside a word or at a range's dash");
        dates.Should().OnlyContain(w => w.BoundingBox.Right <= left + widths[0] - TableColumnWidths.CellPadding + 0.6, "nothing runs out of the date column");

        var docx = await DocxRendering.RenderAsync(document, theme, layout, layout);
        var xml = DocxInspection.Part(docx, "word/document.xml");
        var grid = xml.Descendants(W + "gridCol").Select(g => int.Parse(g.Attribute(W + "w")!.Value, CultureInfo.InvariantCulture)).ToList();
        grid[0].Should().BeCloseTo(Length.ToTwips(widths[0]), 1, "the DOCX's date column is the PDF's");
        var cells = xml.Descendants(W + "tc").Select(c => string.Concat(c.Descendants(W + "t").Select(t => t.Value))).ToList();
        cells.Should().Contain(c => c.StartsWith("15–\u206019\u00A0апреля", StringComparison.Ordinal), "the range keeps its word joiner and its no-break space to the month");
    }

    [ToolFact("soffice")]
    public async Task A_row_taller_than_a_page_may_split_in_the_docx_so_that_libreoffice_shows_all_of_it()
    {
        var table = Register();
        var document = Document(new Paragraph("Перед таблицей."), table);
        var layout = new PdfLayoutLocator();
        layout.OversizedRows(document, table, RenderOptions.Default).Should().Equal([2], "only the row of 70 paragraphs is taller than a page");
        var foreign = () => layout.OversizedRows(document, Register(), RenderOptions.Default);
        foreign.Should().Throw<ArgumentException>().WithMessage("*not part of the document*");

        var docx = await DocxRendering.RenderAsync(document, sizer: layout);
        var rows = DocxInspection.Part(docx, "word/document.xml").Descendants(W + "tbl").Single().Elements(W + "tr").ToList();
        rows.Select(r => r.Element(W + "trPr")?.Element(W + "cantSplit") is not null).Should().Equal([true, true, false, true],
            "rows that fit a page stay whole; the one taller than the text area may split as in the PDF");

        var pdf = await LibreOffice.ConvertToPdfAsync(docx, "tall-row");
        using var parsed = PdfDocument.Open(pdf);
        parsed.NumberOfPages.Should().BeGreaterThan(1);
        var words = parsed.GetPages().SelectMany(p => p.GetWords()).Select(w => w.Text).ToList();
        for (var n = 1; n <= 70; n++)
        {
            words.Count(w => w == $"Пункт{n}").Should().Be(1, $"LibreOffice shows paragraph {n} of the tall row once (a row that cannot split is cut off)");
        }
        words.Should().Contain("Последняя");
        var first = parsed.GetPage(1).GetWords().Select(w => w.Text).ToList();
        first.Should().Contain("Пункт1", "the tall row starts on the page of the caption and header instead of leaving them alone");
    }

    [Theory]
    [InlineData("list")]
    [InlineData("quote")]
    public async Task Inside_a_list_item_or_a_quotation_the_place_and_date_line_and_the_text_before_keep_with_the_signatures(string container)
    {
        List<Block> inner =
        [
            new Paragraph("Первый абзац."),
            new Paragraph("Второй абзац."),
            new Paragraph("Последний абзац текста."),
            new Paragraph("г. Москва\t3 декабря 2025 года", ParagraphStyle.PlaceAndDate),
            new SignatureBlock([new Signatory("За Республику Армения", "Н. Пашинян"), new Signatory("За Республику Беларусь", "А. Лукашенко")]),
        ];
        Block block = container == "list" ? new ItemList(ordered: false, [new ListItem([new Paragraph("Пункт.")]), new ListItem(inner)]) : new BlockQuote(inner);
        var body = DocxInspection.Part(await DocxRendering.RenderAsync(Document(block, new Paragraph("После подписей."))), "word/document.xml").Descendants(W + "body").Single();
        bool Keeps(XElement paragraph) => paragraph.Element(W + "pPr")?.Element(W + "keepNext") is not null;
        var paragraphs = body.Elements(W + "p").ToList();
        Keeps(paragraphs.Single(p => p.Value == "Первый абзац.")).Should().BeFalse();
        Keeps(paragraphs.Single(p => p.Value == "Второй абзац.")).Should().BeTrue("the last two paragraphs of text keep with the signatures");
        Keeps(paragraphs.Single(p => p.Value == "Последний абзац текста.")).Should().BeTrue();
        Keeps(paragraphs.Single(p => p.Value.StartsWith("г. Москва", StringComparison.Ordinal))).Should().BeTrue();
        Keeps(paragraphs.Single(p => p.Value == "После подписей.")).Should().BeFalse();
    }
}
