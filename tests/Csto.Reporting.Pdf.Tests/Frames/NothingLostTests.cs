using System.Text;
using Csto.Reporting.Documents;
using Csto.Reporting.Pdf.Frames;
using Csto.Reporting.Pdf.Layout;
using Csto.Reporting.Pdf.Tests.Pictures;
using Csto.Reporting.Pdf.Tests.TestSupport;
using Csto.Testing;

namespace Csto.Reporting.Pdf.Tests.Frames;

/// <summary>
/// Nothing the input says is silently lost: every word of the document tree is placed visibly on a page of the
/// frames and extracted from the PDF, for every sample, the showcase, and hostile documents (a title page longer
/// than a page, a deeply nested quote). What cannot be placed is an input error, never a quiet cut.
/// </summary>
public sealed class NothingLostTests
{
    public static TheoryData<string, string> Cases() => SampleCases.TheoryData();

    [Theory]
    [MemberData(nameof(Cases))]
    public void Every_word_of_a_sample_is_placed_and_extracted(string file, string template) =>
        EveryWordPlaced(SampleCases.Build(file, template));

    [Theory]
    [InlineData("gost")]
    [InlineData("modern")]
    public void Every_word_of_the_showcase_is_placed_and_extracted(string theme) => EveryWordPlaced(Samples.Showcase(theme));

    [Fact]
    public void The_gradient_picture_snapshot_has_no_words_to_lose_and_its_pdf_no_text()
    {
        // Its only text is the picture's alternative text, which is no printed word (the structure tree carries it).
        var document = GradientPdfTests.Document();
        WordGuard.InputWords(document).Should().BeEmpty();
        WordGuard.ContentWords(Render.Pdf(document)).Should().BeEmpty();
        WordGuard.AllWords(Render.Pdf(document)).Should().BeEmpty();
    }

    [Fact]
    public void Every_word_of_the_seed_text_is_placed_and_extracted() => EveryWordPlaced(Samples.Seed());

    [Fact]
    public void The_guard_names_the_words_a_pdf_lacks()
    {
        // The PDF of the seed text, checked against a document with one more paragraph: the guard must name exactly
        // the words the PDF does not have, with how many are missing (a repeated word counts each time).
        var seed = Samples.Seed();
        var pdf = Render.Pdf(seed);
        var longer = new ReportDocument(seed.Metadata, [new Section([.. seed.Sections.Single().Blocks, new Paragraph("Пропавшее словечко, пропавшее.")])]);
        WordGuard.Check(longer, pdf, new PdfLayoutLocator(), Render.Options(seed)).Should().Equal("Пропавшее ×2 missing", "словечко ×1 missing");
        WordGuard.Check(seed, pdf, new PdfLayoutLocator(), Render.Options(seed)).Should().BeEmpty();
    }

    /// <summary>
    /// A document whose words «Стабильность» and «рубежей» stand in a heading, its contents entry and the running
    /// header of every page after the first, and once more in the body (as <paramref name="body"/> words them).
    /// </summary>
    private static ReportDocument Echoed(string body) =>
        new(new DocumentMetadata("Обзор") { Date = Samples.Date },
            [new Section([
                new TableOfContents("Содержание"),
                new Heading(1, [new TextRun("Стабильность рубежей")], "security") { Number = "1." },
                new Paragraph(body),
                .. Samples.SeedParagraphs.Select(p => (Block)new Paragraph(p)),
                new PageBreak(),
                new Paragraph("Последняя страница."),
            ]) { RunningHeader = "Стабильность рубежей" }]);

    [Fact]
    public void One_word_dropped_from_a_paragraph_fails_the_guard_although_a_heading_the_contents_and_running_headers_repeat_it()
    {
        var whole = Echoed("Стабильность рубежей обеспечивают государства — члены Организации.");
        var options = Render.Options(whole);
        WordGuard.Check(whole, Render.Pdf(whole, options), new PdfLayoutLocator(), options).Should().BeEmpty();

        // The PDF of the same document with «рубежей» dropped from the paragraph (the layout and pages are otherwise the same).
        var dropped = Render.Pdf(Echoed("Стабильность обеспечивают государства — члены Организации."), options);
        var input = WordGuard.InputWords(whole).Count(w => w == "рубежей");
        input.Should().Be(2, "the heading and the paragraph");
        WordGuard.AllWords(dropped).Count(w => w == "рубежей").Should().BeGreaterThan(input,
            "the contents entry and the running headers repeat the word: a guard of «at least as often» over all the text would pass");
        WordGuard.Check(whole, dropped, new PdfLayoutLocator(), options).Should().Equal("рубежей ×1 missing");

        // One word more is as much a difference as one word less.
        var doubled = Render.Pdf(Echoed("Стабильность рубежей рубежей обеспечивают государства — члены Организации."), options);
        WordGuard.Check(whole, doubled, new PdfLayoutLocator(), options).Should().Equal("рубежей ×1 extra");
    }

    [Fact]
    public void The_guard_counts_the_contents_entries_with_their_page_numbers_and_leaves_the_running_header_out()
    {
        var document = Echoed("Стабильность рубежей обеспечивают государства — члены Организации.");
        var options = Render.Options(document);
        var pdf = Render.Pdf(document, options);
        var pages = new PdfLayoutLocator().LocateHeadings(document, options);
        pages["security"].Should().Be(1);
        var content = WordGuard.ContentWords(pdf);
        // Heading, paragraph and contents entry; the running header (an artifact) on every page after the first is not content.
        content.Count(w => w == "рубежей").Should().Be(3);
        WordGuard.AllWords(pdf).Count(w => w == "рубежей").Should().BeGreaterThan(3);
        using (var parsed = UglyToad.PdfPig.PdfDocument.Open(pdf))
        {
            parsed.NumberOfPages.Should().BeGreaterThan(2);
        }
        // Without the contents entry's page number the expected words lack one «1».
        var withoutPages = WordGuard.Multiset(WordGuard.ExpectedWords(document, options.Theme, new Dictionary<string, int> { ["security"] = 7 }));
        WordGuard.Compare(withoutPages, WordGuard.Multiset(content)).Should().Equal("7 ×1 missing", "1 ×1 extra");
    }

    [Fact]
    public void A_footnote_referred_to_from_two_pages_is_expected_on_both()
    {
        // The layout sets a footnote on every page that refers to it: the guard expects its words once per such page.
        var document = new ReportDocument(new DocumentMetadata("Сноски") { Date = Samples.Date },
            [new Section([
                new Paragraph([new TextRun("Первая ссылка"), new FootnoteReference(1), new TextRun(".")]),
                new PageBreak(),
                new Paragraph([new TextRun("Повторная ссылка"), new FootnoteReference(1), new TextRun(".")]),
            ])],
            [new Footnote(1, [new Paragraph("Примечательное пояснение.")])]);
        var options = Render.Options(document);
        var pdf = Render.Pdf(document, options);
        WordGuard.FootnotePages(pdf).Should().Equal(new Dictionary<int, int> { [1] = 2 });
        WordGuard.ContentWords(pdf).Count(w => w == "Примечательное").Should().Be(2);
        WordGuard.Check(document, pdf, new PdfLayoutLocator(), options).Should().BeEmpty();
        WordGuard.Compare(WordGuard.Multiset(WordGuard.ExpectedWords(document, options.Theme, new Dictionary<string, int>())), WordGuard.Multiset(WordGuard.ContentWords(pdf)))
            .Should().Equal("1 ×1 extra", "Примечательное ×1 extra", "пояснение ×1 extra");
    }

    [Fact]
    public void The_guard_compares_counts_and_joins_words_hyphenated_at_a_line_end()
    {
        var input = WordGuard.Multiset(WordGuard.Words("Слово, слово и «Северо-Западный» округ."));
        WordGuard.Missing(input, WordGuard.Multiset(WordGuard.Words("1 Слово слово и Северо-\nЗападный округ колонтитул"))).Should().BeEmpty();
        WordGuard.Missing(input, WordGuard.Multiset(WordGuard.Words("слово и Северо- Западный"))).Should().Equal("Слово ×1", "округ ×1");
        WordGuard.Missing(input, WordGuard.Multiset(WordGuard.Words("Слово слово и Северо округ"))).Should().Equal("СевероЗападный ×1");
        WordGuard.Compare(input, WordGuard.Multiset(WordGuard.Words("Слово слово слово и Северо-Западный округ"))).Should().Equal("Слово ×1 extra");
    }

    /// <summary>
    /// A tagged one-page PDF written with the PDF writer itself: a paragraph inside the page, then
    /// <paramref name="outside"/> drawn at <paramref name="x"/> (points from the left edge of a 595.28 pt page), inside a
    /// clip of the page's left half when <paramref name="clipped"/>.
    /// </summary>
    private static byte[] PageWithWordAt(string outside, float x, bool clipped = false)
    {
        var writer = new Csto.Reporting.Pdf.Writing.Document.PdfDocumentWriter(Csto.Reporting.Pdf.Tests.Writing.WritingFixtures.Information(), Csto.Reporting.Pdf.Writing.Metadata.PdfArchivalLevel.None, tagged: true);
        var page = writer.BeginPage(595.28f, 841.89f);
        var paragraph = writer.AddStructure(writer.StructureRoot!, "P");
        page.BeginStructure(paragraph);
        Csto.Reporting.Pdf.Tests.Writing.WritingFixtures.Show(writer, page, Csto.Reporting.Pdf.Tests.Writing.WritingFixtures.Serif, "Граница страницы", 12, 72, 100);
        page.Content.EndMarkedContent();
        var second = writer.AddStructure(writer.StructureRoot!, "P");
        page.BeginStructure(second);
        if (clipped)
        {
            page.Content.BeginClip(0, 0, 297, 841.89f);
        }
        Csto.Reporting.Pdf.Tests.Writing.WritingFixtures.Show(writer, page, Csto.Reporting.Pdf.Tests.Writing.WritingFixtures.Serif, outside, 12, x, 200);
        if (clipped)
        {
            page.Content.EndClip();
        }
        page.Content.EndMarkedContent();
        writer.EndPage();
        return writer.Finish([], [], []);
    }

    [Theory]
    [InlineData(600f, new[] { "обрезанное ×1 missing" })]
    [InlineData(570f, new[] { "обрезанное ×1 missing", "обре ×1 extra" })]
    [InlineData(-40f, new[] { "обрезанное ×1 missing", "ное ×1 extra" })]
    public void A_word_drawn_past_the_page_edge_fails_the_guard(float x, string[] differences)
    {
        // The symptom of issue 16 — text cut off at the page's edge — seen by the guard for any input: PdfPig reads
        // the letters of a word drawn past the edge (fully, or its end cut off) like any other, so the guard counts only
        // glyphs inside the page's media and crop boxes.
        var expected = WordGuard.Multiset(WordGuard.Words("Граница страницы обрезанное"));
        var inside = PageWithWordAt("обрезанное", 300);
        WordGuard.Compare(expected, WordGuard.Multiset(WordGuard.ContentWords(inside))).Should().BeEmpty();
        WordGuard.ClippedText(inside).Should().BeEmpty();

        var past = PageWithWordAt("обрезанное", x);
        using (var parsed = UglyToad.PdfPig.PdfDocument.Open(past))
        {
            var page = parsed.GetPage(1);
            string.Concat(page.Letters.Select(l => l.Value)).Should().Contain("обрезанное", "PdfPig reads the letters past the edge too");
            page.Letters.Should().Contain(l => !WordGuard.Visible(page, l));
        }
        // What is left inside the page (the visible part of a word cut at the edge) is a word of its own.
        WordGuard.Compare(expected, WordGuard.Multiset(WordGuard.ContentWords(past))).Should().Equal(differences);
        WordGuard.AllWords(past).Should().Equal(["Граница", "страницы", .. differences.Skip(1).Select(d => d.Split(' ')[0])]);
    }

    [Fact]
    public void Text_drawn_under_a_clipping_path_is_reported_by_the_guard()
    {
        // PdfPig gives no clipping to letters: a word inside the page but under a clip that hides it would count as
        // content, so the guard names every page that draws text under a clipping path.
        WordGuard.ClippedText(PageWithWordAt("спрятанное", 400, clipped: true)).Should().Equal("page 1: 1 text operators under a clipping path");
        WordGuard.ClippedText(PageWithWordAt("спрятанное", 400)).Should().BeEmpty();
    }

    [Fact]
    public void A_lost_number_sign_percent_section_sign_or_dash_fails_the_guard()
    {
        // «№», «%», «§», «—» carry meaning and are tokens of their own: a PDF that drops one differs from its input.
        static ReportDocument Of(string text) => new(new DocumentMetadata("Знаки") { Date = Samples.Date }, [new Section([new Paragraph(text)])]);
        var whole = Of("Решение\u00A0№\u00A05 выполнено на 95\u00A0% согласно §\u00A03\u00A0— без оговорок.");
        var options = Render.Options(whole);
        WordGuard.Check(whole, Render.Pdf(whole, options), new PdfLayoutLocator(), options).Should().BeEmpty();
        WordGuard.Words("№\u00A05, 95\u00A0%, §\u00A03 — итог").Should().Equal("№", "5", "95", "%", "§", "3", "—", "итог");

        var pdf = Render.Pdf(Of("Решение\u00A05 выполнено на 95\u00A0% согласно §\u00A03\u00A0— без оговорок."), options);
        WordGuard.Check(whole, pdf, new PdfLayoutLocator(), options).Should().Equal("№ ×1 missing");
        pdf = Render.Pdf(Of("Решение\u00A0№\u00A05 выполнено на 95 согласно 3\u00A0без оговорок."), options);
        WordGuard.Check(whole, pdf, new PdfLayoutLocator(), options).Should().Equal("% ×1 missing", "§ ×1 missing", "— ×1 missing");
    }

    [Fact]
    public void A_title_page_longer_than_a_page_flows_onto_further_pages()
    {
        var paragraphs = Enumerable.Range(0, 4).SelectMany(_ => Samples.SeedParagraphs).Select(p => (Block)new Paragraph(p)).ToList();
        var document = new ReportDocument(new DocumentMetadata("Титульный лист") { Date = Samples.Date },
            [new Section([new TitlePage(paragraphs, [new Paragraph([new TextRun("Середина")], ParagraphStyle.Title)], [new Paragraph("Москва")]), new Paragraph("После титульного листа.")])]);
        var pages = EveryWordPlaced(document);
        pages.Should().BeGreaterThan(3, "the title page's text alone takes more than three pages");
    }

    [Theory]
    [InlineData(3)]
    [InlineData(14)]
    [InlineData(16)]
    [InlineData(40)]
    public void A_deeply_nested_quote_is_drawn_whole_within_the_margins_at_any_depth(int depth)
    {
        // By design nesting never makes an error: indents stop once the text is down to the minimum measure
        // (LayoutScope.MinimumMeasureShare of the text width), so every word is drawn, inside the margins.
        Block block = new Paragraph(Samples.SeedParagraphs[0]);
        for (var i = 0; i < depth; i++)
        {
            block = new BlockQuote([block]);
        }
        var document = new ReportDocument(new DocumentMetadata("Цитата") { Date = Samples.Date }, [new Section([new Paragraph("Перед цитатой."), block])]);
        EveryWordPlaced(document);

        var setup = Render.Options(document).Theme.PageSetup;
        using var pdf = UglyToad.PdfPig.PdfDocument.Open(Render.Pdf(document));
        var letters = pdf.GetPages().SelectMany(p => p.Letters).Where(l => !string.IsNullOrWhiteSpace(l.Value) && l.StartBaseLine.Y < setup.PageHeight - setup.Margins.Top).ToList();
        letters.Should().OnlyContain(l => l.BoundingBox.Left >= setup.Margins.Left - 0.5 && l.BoundingBox.Right <= setup.PageWidth - setup.Margins.Right + 0.5, "no glyph is outside the text area");
        // The quote's text (everything below the first paragraph) keeps at least the minimum measure.
        var quote = letters.Where(l => l.StartBaseLine.Y < letters.Max(m => m.StartBaseLine.Y) - 1).ToList();
        quote.Should().NotBeEmpty();
        (quote.Max(l => l.BoundingBox.Right) - quote.Min(l => l.BoundingBox.Left)).Should().BeGreaterThanOrEqualTo(
            (LayoutScope.MinimumMeasureShare * setup.ContentWidth) - 1, "the quote's text keeps the minimum measure");
    }

    /// <summary>Checks the frames (the very glyphs the PDF and PNG writers paint) against the tree; returns the page count.</summary>
    private static int EveryWordPlaced(ReportDocument document)
    {
        var options = Render.Options(document);
        var pdf = Render.Pdf(document, options);
        var expected = WordGuard.Multiset(WordGuard.ExpectedWords(document, options.Theme, new PdfLayoutLocator().LocateHeadings(document, options), WordGuard.FootnotePages(pdf)));
        expected.Count.Should().BeGreaterThan(0);
        var frames = FrameCollector.Collect(document, options);
        WordGuard.Compare(expected, WordGuard.Multiset(VisibleTextByElement(frames).SelectMany(WordGuard.Words))).Should().BeEmpty("every word is placed on a page as often as it should be");
        WordGuard.Check(document, pdf, new PdfLayoutLocator(), options).Should().BeEmpty("every word is in the PDF's content as PdfPig reads it, as often as it should be");
        return frames.Count;
    }

    /// <summary>
    /// The text of each structure element, from the glyphs inside their page, in order across pages: a line break
    /// where the baseline changes, a space where a gap separates two runs.
    /// </summary>
    private static IEnumerable<string> VisibleTextByElement(IEnumerable<PageFrame> frames)
    {
        var texts = new Dictionary<StructureNode, (StringBuilder Text, GlyphRun Last)>();
        foreach (var frame in frames)
        {
            foreach (var run in frame.AllItems().OfType<GlyphRun>().Where(r => !r.Mark.IsArtifact))
            {
                var node = run.Mark.Node!;
                var text = texts.TryGetValue(node, out var known) ? known.Text : new StringBuilder();
                if (known.Last is { } previous)
                {
                    text.Append(run.Baseline != previous.Baseline ? "\n" : run.Start - previous.End > run.Size * 0.1f ? " " : string.Empty);
                }
                var utf8 = run.Utf8.Span;
                for (var i = 0; i < run.Glyphs.Count; i++)
                {
                    var next = i + 1 < run.Glyphs.Count ? (int)run.Clusters[i + 1] : utf8.Length;
                    var x = run.Positions[i];
                    if (next > run.Clusters[i] && x >= 0 && x < frame.Width && run.Baseline > 0 && run.Baseline <= frame.Height)
                    {
                        text.Append(Encoding.UTF8.GetString(utf8[(int)run.Clusters[i]..next]));
                    }
                }
                texts[node] = (text, run);
            }
        }
        return texts.Values.Select(t => t.Text.ToString());
    }
}
