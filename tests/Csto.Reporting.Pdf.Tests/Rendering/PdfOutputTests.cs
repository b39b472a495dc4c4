using Csto.Testing;
using Csto.Reporting.Diagnostics;
using Csto.Reporting.Documents;
using Csto.Reporting.Pdf.Tests.TestSupport;
using Csto.Reporting.Rendering;
using Csto.Reporting.Themes;
using UglyToad.PdfPig;

namespace Csto.Reporting.Pdf.Tests.Rendering;

public sealed class PdfOutputTests
{
    private static readonly ReportDocument Showcase = Samples.Showcase();

    [Fact]
    public void Metadata_comes_from_the_document_and_the_date_never_from_the_clock()
    {
        using var pdf = PdfDocument.Open(Render.Pdf(Showcase));
        var info = pdf.Information;
        info.Title.Should().Be("Информационный бюллетень Секретариата ОДКБ");
        info.Author.Should().Be("Секретариат ОДКБ");
        info.Subject.Should().Be("Обзор событий ноября – декабря 2025 года");
        info.Keywords.Should().Be("ОДКБ, бюллетень, безопасность");
        info.Creator.Should().Be("Csto.Reporting");
        info.Producer.Should().Be("Csto.Reporting.Pdf");
        info.CreationDate.Should().StartWith("D:20251203000000");
        info.ModifiedDate.Should().StartWith("D:20251203000000");
    }

    [Fact]
    public void The_same_document_gives_the_same_bytes()
    {
        var renderer = new PdfReportRenderer();
        foreach (var pdfA in new[] { false, true })
        {
            var options = Render.Options(Showcase, pdfA);
            var first = renderer.Render(Showcase, options);
            var second = renderer.Render(Samples.Showcase(), options);
            second.Should().Equal(first, $"rendering is deterministic (PDF/A {pdfA})");
        }
    }

    [Fact]
    public async Task Rendering_to_a_stream_writes_the_same_bytes_as_rendering_to_an_array()
    {
        var options = Render.Options(Showcase);
        using var output = new MemoryStream();
        await new PdfReportRenderer().RenderAsync(Showcase, options, output);
        output.ToArray().Should().Equal(Render.Pdf(Showcase, options));
        System.Text.Encoding.Latin1.GetString(output.ToArray()).Should().EndWith("%%EOF\n");
        using var pdf = PdfDocument.Open(output.ToArray());
        pdf.Structure.Catalog.CatalogDictionary.Data.Should().ContainKey("Outlines");
    }

    [Fact]
    public void Pdf_a_is_declared_only_when_asked_for()
    {
        // The XMP packet is an uncompressed stream (PDF/A-2 6.6.2.1), so its text is in the file as it is; the
        // catalog lies in a compressed object stream and is read back.
        var files = new[]
        {
            Render.Pdf(Showcase),
            Render.Pdf(Showcase, Render.Options(Showcase, pdfA: true)),
            Render.Pdf(Showcase, Render.Options(Showcase, pdfA: true) with { Tagged = false }),
        };
        var (plain, archival, untagged) = (Raw(files[0]), Raw(files[1]), Raw(files[2]));
        var (plainCatalog, archivalCatalog, untaggedCatalog) = (Catalog(files[0]), Catalog(files[1]), Catalog(files[2]));
        plain.Should().NotContain("pdfaid:part");
        plainCatalog.Should().NotContainKey("OutputIntents").And.ContainKey("StructTreeRoot");
        archival.Should().Contain("pdfaid:part>2<").And.Contain("pdfaid:conformance>A<", "tagged by default, so PDF/A-2a");
        archivalCatalog.Should().ContainKey("OutputIntents").And.ContainKey("StructTreeRoot");
        untagged.Should().Contain("pdfaid:part>2<").And.Contain("pdfaid:conformance>B<");
        untaggedCatalog.Should().ContainKey("OutputIntents").And.NotContainKey("StructTreeRoot");
    }

    [Fact]
    public void A_character_no_bundled_font_has_is_an_input_error_naming_it_with_context()
    {
        var document = new ReportDocument(new DocumentMetadata("Ошибка"), [new Section([new Paragraph("Делегации государств приветствовали решение \U0001F600 Совета коллективной безопасности.")])]);
        var act = () => new PdfReportRenderer().Render(document, RenderOptions.Default);
        act.Should().Throw<ReportInputException>().WithMessage("*U+1F600 '\U0001F600': no font*");
        // The renderers' check names the character; the layout, called directly, quotes the text around it.
        var layout = () => new PdfLayoutLocator().CountPages(document, RenderOptions.Default);
        layout.Should().Throw<ReportInputException>().WithMessage("*U+1F600*\U0001F600*решение \U0001F600 Совета*");
    }

    [ToolFact("pdftotext")]
    public void Characters_missing_from_the_theme_font_fall_back_to_another_bundled_font()
    {
        // Liberation Serif has no U+2116 NUMERO SIGN variant issue, but it lacks U+20BD RUBLE SIGN in older builds;
        // whichever bundled font draws a character, the text survives extraction.
        var document = new ReportDocument(new DocumentMetadata("Знаки") { Date = Samples.Date },
            [new Section([new Paragraph("Взнос № 5 составил 100\u00A0₽ и 3\u00A0€.", ParagraphStyle.Plain)])]);
        var text = PdfTools.Text(Render.Pdf(document));
        text.Should().Contain("№ 5").And.Contain("₽").And.Contain("€");
    }

    [ToolFact("pdftotext")]
    public void Pdftotext_gives_back_every_word_of_the_russian_text_in_order()
    {
        var document = Samples.Seed();
        var options = new RenderOptions { Theme = BuiltInThemes.Gost with { PageNumbers = new PageNumbering { Position = PageNumberPosition.None } } };
        var text = PdfTools.Text(Render.Pdf(document, options));
        WordGuard.Words(text).Should().Equal(Samples.SeedParagraphs.SelectMany(WordGuard.Words));
    }

    [ToolFact("pdftotext")]
    public void Hyphens_at_line_ends_are_real_glyphs()
    {
        // The glyph is drawn (a letter, a hyphen, then the next letter on a lower baseline); text extraction gives
        // the whole word instead (its /ActualText), which InlineStructureTests checks.
        using var document = UglyToad.PdfPig.PdfDocument.Open(Render.Pdf(Samples.Seed()));
        var letters = document.GetPages().SelectMany(p => p.Letters).ToList();
        Enumerable.Range(1, letters.Count - 2).Should().Contain(i => letters[i].Value == "-" && char.IsLetter(letters[i - 1].Value[0])
            && letters[i + 1].StartBaseLine.Y < letters[i].StartBaseLine.Y - 1);
    }

    [ToolFact("qpdf")]
    public void Qpdf_finds_no_errors()
    {
        foreach (var bytes in new[] { Render.Pdf(Showcase), Render.Pdf(Showcase, Render.Options(Showcase, pdfA: true)), Render.Pdf(Samples.Showcase("modern")) })
        {
            var (code, output) = PdfTools.Run("qpdf", bytes, "--check", "{file}");
            code.Should().Be(0, output);
            output.Should().Contain("No syntax or stream encoding errors");
        }
    }

    [ToolFact("pdffonts")]
    public void Every_font_is_embedded_and_subset()
    {
        foreach (var bytes in new[] { Render.Pdf(Showcase), Render.Pdf(Samples.Showcase("modern")) })
        {
            var (code, output) = PdfTools.Run("pdffonts", bytes, "{file}");
            code.Should().Be(0, output);
            var rows = output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(2).ToList();
            rows.Should().NotBeEmpty();
            foreach (var row in rows)
            {
                var columns = row.Split(' ', StringSplitOptions.RemoveEmptyEntries);
                // Not the subset property (FontEmbeddingTests reads the glyphs in each embedded file): the tag that
                // ISO 32000-1 §9.6.4 requires in the name of a subset font.
                columns[0].Should().MatchRegex("^[A-Z]{6}\\+", "a subset font's name carries the six-letter tag");
                columns[^5].Should().Be("yes", $"the font is embedded: {row}");
            }
            // The property behind the prefix: fonts cut to the glyphs used make the whole file smaller than one of
            // its faces would be whole (Liberation Serif Regular alone is ~400 KB).
            var wholeFace = Csto.Reporting.Fonts.FontFamily.LiberationSerif.Load(Csto.Reporting.Fonts.FontFace.Regular).Length;
            bytes.Length.Should().BeLessThan(wholeFace, $"{rows.Count} embedded faces are subset, not whole");
        }
    }

    [Fact]
    public void Outline_and_language_are_added_to_the_catalog()
    {
        using var pdf = PdfDocument.Open(Render.Pdf(Showcase));
        pdf.TryGetBookmarks(out var bookmarks).Should().BeTrue();
        // The typography pass binds short words to the next one with a no-break space; the outline keeps it.
        bookmarks!.Roots.Select(b => b.Title.Replace('\u00A0', ' ')).Should().Equal("1. Заседания и конференции", "2. Совет коллективной безопасности");
        bookmarks.Roots[0].Children.Select(b => b.Title.Replace('\u00A0', ' ')).Should().Equal("1.1. Рабочая группа по Афганистану", "1.2. Аналитический доклад");
        pdf.Structure.Catalog.CatalogDictionary.Data["Lang"].Should().BeOfType<UglyToad.PdfPig.Tokens.StringToken>()
            .Which.Data.Should().Be("ru-RU");
    }

    [Fact]
    public void Links_become_annotations()
    {
        using var pdf = PdfDocument.Open(Render.Pdf(Showcase));
        var links = pdf.GetPages().SelectMany(p => p.GetHyperlinks()).ToList();
        links.Should().Contain(l => l.Uri == "https://odkb-csto.org");
        var names = (UglyToad.PdfPig.Tokens.DictionaryToken)pdf.Structure.Catalog.CatalogDictionary.Data["Names"];
        names.Data.Should().ContainKey("Dests", "headings are named destinations the TOC links to");
    }

    private static string Raw(byte[] pdf) => System.Text.Encoding.Latin1.GetString(pdf);

    private static IReadOnlyDictionary<string, UglyToad.PdfPig.Tokens.IToken> Catalog(byte[] pdf)
    {
        using var document = PdfDocument.Open(pdf);
        return document.Structure.Catalog.CatalogDictionary.Data;
    }
}
