using Csto.Testing;
using Csto.Reporting.Documents;
using Csto.Reporting.Documents.Builder;
using Csto.Reporting.Pdf.Tests.TestSupport;
using Csto.Reporting.Rendering;
using SkiaSharp;
using UglyToad.PdfPig;

namespace Csto.Reporting.Pdf.Tests.Rendering;

public sealed class BlockLayoutTests
{
    [ToolFact("pdftotext")]
    public void A_table_row_taller_than_a_page_is_split_and_loses_nothing()
    {
        var longCell = string.Join(" ", Enumerable.Range(0, 14).Select(i => Samples.SeedParagraphs[i % Samples.SeedParagraphs.Count]));
        var document = DocumentBuilder.Create("Большая ячейка").Date(Samples.Date).Section(s => s
            .Table(t => t.Columns(1, 3).HeaderRow("Раздел", "Содержание").Row("Итоги", longCell).Row("Последняя", "строка таблицы")))
            .Build();
        var pdf = Render.Pdf(document);
        using var parsed = PdfDocument.Open(pdf);
        parsed.NumberOfPages.Should().BeGreaterThan(1);
        var words = WordGuard.Words(PdfTools.Text(pdf));
        var expected = WordGuard.Words(longCell);
        words.Count(w => w == "ОДКБ").Should().Be(expected.Count(w => w == "ОДКБ"));
        words.Should().Contain("строка").And.Contain("Последняя");
        foreach (var page in parsed.GetPages())
        {
            page.GetWords().Should().OnlyContain(w => w.BoundingBox.Bottom >= Length.FromMillimetres(20) - 1, "no text runs into the bottom margin");
        }
    }

    [Fact]
    public void Images_are_scaled_to_the_width_and_captioned()
    {
        using var bitmap = new SKBitmap(400, 100);
        using (var canvas = new SKCanvas(bitmap))
        {
            canvas.Clear(SKColors.SteelBlue);
        }
        using var png = bitmap.Encode(SKEncodedImageFormat.Png, 100);
        var document = DocumentBuilder.Create("Рисунок").Date(Samples.Date).Section(s => s
            .Paragraph(Samples.SeedParagraphs[0])
            .Image(png.ToArray(), 1200, 300, "Полоса", "Рисунок 1\u00A0— Синяя полоса"))
            .Build();
        using var parsed = PdfDocument.Open(Render.Pdf(document));
        var page = parsed.GetPage(1);
        var image = page.GetImages().Single();
        var contentWidth = PageSetup.A4Gost.ContentWidth;
        image.BoundingBox.Width.Should().BeApproximately(contentWidth, 1);
        image.BoundingBox.Height.Should().BeApproximately(contentWidth / 4, 1);
        page.Text.Should().Contain("Рисунок 1");
    }

    [Fact]
    public void A_section_with_its_own_page_setup_starts_a_new_page_of_that_size_with_its_running_header()
    {
        var landscape = PageSetup.A4Gost with { Orientation = PageOrientation.Landscape };
        var document = DocumentBuilder.Create("Разделы").Date(Samples.Date)
            .Section(s => s.Paragraph(Samples.SeedParagraphs[0]))
            .Section(s => s.PageSetup(landscape).RunningHeader("Приложение 1").Paragraph(Samples.SeedParagraphs[1]))
            .Build();
        using var parsed = PdfDocument.Open(Render.Pdf(document));
        parsed.NumberOfPages.Should().Be(2);
        parsed.GetPage(2).Width.Should().BeGreaterThan(parsed.GetPage(2).Height);
        parsed.GetPage(2).Text.Should().Contain("Приложение 1");
    }

    [Fact]
    public void The_signature_block_puts_the_name_at_the_right_edge_on_the_baseline_of_the_office()
    {
        var document = DocumentBuilder.Create("Подписи").Date(Samples.Date).Section(s => s
            .Paragraph(Samples.SeedParagraphs[4])
            .SignatureBlock(b => b.Signatory("Генеральный секретарь\nОрганизации Договора\nо коллективной безопасности", "И. Тасмагамбетов")))
            .Build();
        using var parsed = PdfDocument.Open(Render.Pdf(document));
        var words = parsed.GetPage(1).GetWords().ToList();
        var name = words.Single(w => w.Text == "Тасмагамбетов");
        var lastOfficeLine = words.Single(w => w.Text == "безопасности" && w.BoundingBox.Left < 200);
        name.BoundingBox.Bottom.Should().BeApproximately(lastOfficeLine.BoundingBox.Bottom, 0.5);
        var rightEdge = PageSetup.A4Gost.PageWidth - PageSetup.A4Gost.Margins.Right;
        name.BoundingBox.Right.Should().BeApproximately(rightEdge, 1.5);
    }

    [Fact]
    public void Internal_links_and_toc_entries_jump_to_headings()
    {
        var document = DocumentBuilder.Create("Ссылки").Date(Samples.Date).Section(s => s
            .TableOfContents()
            .Heading(1, "Цели", id: "goals")
            .Paragraph("См. ", p => p.Link("#goals", "раздел о целях").Text("."))
            .Paragraph(Samples.SeedParagraphs[2]))
            .Build();
        using var pdf = UglyToad.PdfPig.PdfDocument.Open(Render.Pdf(document));
        var jumps = pdf.GetPages().SelectMany(p => p.GetAnnotations()).Select(a => a.Action).OfType<UglyToad.PdfPig.Actions.GoToAction>().ToList();
        jumps.Should().HaveCountGreaterThanOrEqualTo(2, "the TOC entry and the link in the text");
        var target = jumps.Select(jump => jump.Destination.PageNumber).Distinct().Should().ContainSingle().Subject;
        pdf.GetPage(target).Text.Should().Contain("Цели");
    }

    [ToolFact("pdftotext")]
    public void Lists_number_from_start_and_use_dashes()
    {
        var document = DocumentBuilder.Create("Списки").Date(Samples.Date).Section(s => s
            .List(ordered: true, l => l.Item("первый пункт").Item("второй пункт"), start: 4)
            .List(ordered: false, l => l.Item("пункт с тире")))
            .Build();
        var text = PdfTools.Text(Render.Pdf(document));
        text.Should().Contain("4. первый пункт").And.Contain("5. второй пункт").And.Contain("– пункт с тире");
    }

    [ToolFact("pdftotext")]
    public void An_ordered_list_can_continue_the_numbering_of_the_previous_one()
    {
        static ListItem Item(string text) => new([new Paragraph(text, ParagraphStyle.Plain)]);
        var document = new ReportDocument(new DocumentMetadata("Нумерация") { Date = Samples.Date }, [new Section([
            new ItemList(true, [Item("первый"), Item("второй")]),
            new ItemList(false, [Item("пояснение")]),
            new ItemList(true, [Item("третий")]) { ContinuesPrevious = true },
            new ItemList(true, [Item("снова первый")]),
        ])]);
        var text = PdfTools.Text(Render.Pdf(document));
        text.Should().Contain("2. второй").And.Contain("3. третий").And.Contain("1. снова первый");
    }
}

public sealed class EdgeCaseTests
{
    [ToolFact("qpdf")]
    public void A_document_without_content_gives_one_valid_page()
    {
        var document = new ReportDocument(new DocumentMetadata("Пусто") { Date = Samples.Date }, [new Section([])]);
        var pdf = Render.Pdf(document);
        using var parsed = PdfDocument.Open(pdf);
        parsed.NumberOfPages.Should().Be(1);
        PdfTools.Run("qpdf", pdf, "--check", "{file}").ExitCode.Should().Be(0);
    }

    [Fact]
    public void A_damaged_image_is_an_input_error()
    {
        byte[] damaged = [0x89, 0x50, 0x4E, 0x47, 1, 2, 3, 4, 5];
        var document = new ReportDocument(new DocumentMetadata("Рисунок"), [new Section([new Image(damaged, 100, 100) { AltText = "Схема" }])]);
        var act = () => new PdfReportRenderer().Render(document, RenderOptions.Default);
        act.Should().Throw<Diagnostics.ReportInputException>().WithMessage("*«Схема»*cannot be decoded*");
    }

    [Fact]
    public async Task Png_pages_have_the_page_size_at_the_resolution()
    {
        var pages = await new PngReportRenderer().RenderPagesAsync(Samples.Showcase(), new RenderOptions { PngDpi = 72 });
        pages.Should().HaveCount(4);
        using var bitmap = SKBitmap.Decode(pages[2]);
        bitmap.Width.Should().Be((int)Math.Ceiling(PageSetup.A4Gost.PageWidth));
        bitmap.Height.Should().Be((int)Math.Ceiling(PageSetup.A4Gost.PageHeight));
    }

    [Fact]
    public void Rendering_is_cancellable()
    {
        using var cancellation = new CancellationTokenSource();
        cancellation.Cancel();
        var act = () => new PdfReportRenderer().Render(Samples.Showcase(), RenderOptions.Default, cancellation.Token);
        act.Should().Throw<OperationCanceledException>();
    }
}

public sealed class ConcurrencyTests
{
    [Fact]
    public async Task Documents_rendered_in_parallel_are_identical_to_sequential_renderings()
    {
        var renderer = new PdfReportRenderer();
        ReportDocument[] documents = [Samples.Showcase(), Samples.Showcase("modern"), Samples.Long(3), Samples.LongTable(40)];
        var sequential = documents.Select(d => renderer.Render(d, Render.Options(d))).ToList();
        var parallel = await Task.WhenAll(documents.Concat(documents).Select(d => Task.Run(() => renderer.Render(d, Render.Options(d)))));
        for (var i = 0; i < parallel.Length; i++)
        {
            parallel[i].Should().Equal(sequential[i % documents.Length], $"document {i % documents.Length} rendered concurrently");
        }
    }
}
