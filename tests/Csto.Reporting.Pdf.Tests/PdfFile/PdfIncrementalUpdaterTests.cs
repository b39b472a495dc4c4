using Csto.Reporting.Pdf.PdfFile;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Outline;
using UglyToad.PdfPig.Tokens;
using static Csto.Reporting.Pdf.Tests.PdfFile.PdfTestReading;

namespace Csto.Reporting.Pdf.Tests.PdfFile;

public sealed class PdfIncrementalUpdaterTests
{
    private static readonly PdfCatalogAdditions Report = new()
    {
        Language = "ru-RU",
        Outline =
        [
            new("1. " + SkiaTestPdfs.OrganizationName, 1, 0, 800),
            new("1.1. Устав (редакция 2010 г.)", 2, 1, 700.5),
            new("1.1.1. Статья 3", 3, 1, 400),
            new("1.2. Государства — члены", 2, 2, 760),
            new("2. Приложения", 1, 3, 790),
            new(@"Annex (A) \ B", 3, 4, 0),
            new("2.1. Список сокращений", 2, 4, 500),
        ],
    };

    [Fact]
    public void Bookmarks_are_read_back_with_russian_titles_nesting_and_pages()
    {
        var updated = Apply(SkiaTestPdfs.Small, Report);

        var roots = Bookmarks(updated);

        roots.Select(r => r.Title).Should().Equal("1. " + SkiaTestPdfs.OrganizationName, "2. Приложения");
        var first = (DocumentBookmarkNode)roots[0];
        first.PageNumber.Should().Be(1);
        first.Destination.Coordinates.Top.Should().Be(800);
        first.Children.Select(c => c.Title).Should().Equal("1.1. Устав (редакция 2010 г.)", "1.2. Государства — члены");
        first.Children.Cast<DocumentBookmarkNode>().Select(c => c.PageNumber).Should().Equal(2, 3);
        var article = (DocumentBookmarkNode)first.Children[0].Children.Single();
        article.Title.Should().Be("1.1.1. Статья 3");
        article.PageNumber.Should().Be(2);
        article.Destination.Coordinates.Top.Should().Be(400);
        ((DocumentBookmarkNode)first.Children[0]).Destination.Coordinates.Top.Should().Be(700.5);

        // Level 3 right after level 1 hangs under the level-1 entry, beside the following level-2 entry.
        var annexes = roots[1].Children;
        annexes.Select(c => c.Title).Should().Equal(@"Annex (A) \ B", "2.1. Список сокращений");
        annexes.Cast<DocumentBookmarkNode>().Select(c => c.PageNumber).Should().Equal(5, 5);
        annexes.Should().OnlyContain(c => c.Children.Count == 0);
    }

    [Fact]
    public void The_catalog_gets_language_and_page_mode_and_keeps_its_entries()
    {
        var updated = Apply(SkiaTestPdfs.Small, Report);

        TextOf(CatalogEntry(updated, "Lang")).Should().Be("ru-RU");
        CatalogEntry(updated, "PageMode").Should().BeOfType<NameToken>().Which.Data.Should().Be("UseOutlines");
        CatalogEntry(updated, "Type").Should().BeOfType<NameToken>().Which.Data.Should().Be("Catalog");
        using var document = PdfDocument.Open(updated);
        document.NumberOfPages.Should().Be(5);
        document.Information.Title.Should().Be("Отчёт ОДКБ");
    }

    [Fact]
    public void Outline_counts_show_top_level_items_open_and_deeper_items_closed()
    {
        var updated = Apply(SkiaTestPdfs.Small, Report);

        OutlineCounts(updated).Should().Equal(
            ("(outline)", 6),                                    // 2 top-level items + their 4 visible children
            ("1. " + SkiaTestPdfs.OrganizationName, 2),          // open: 1.1 and 1.2 visible
            ("1.1. Устав (редакция 2010 г.)", -1),               // closed: would show 1.1.1
            ("1.1.1. Статья 3", null),
            ("1.2. Государства — члены", null),
            ("2. Приложения", 2),
            (@"Annex (A) \ B", null),
            ("2.1. Список сокращений", null));
    }

    [Fact]
    public void The_original_bytes_are_kept_and_qpdf_finds_no_problem()
    {
        var original = SkiaTestPdfs.Small;

        var updated = Apply(original, Report);

        updated.AsSpan(0, original.Length).SequenceEqual(original).Should().BeTrue("an incremental update only appends");
        updated.Length.Should().BeGreaterThan(original.Length);
        AssertQpdfClean(updated);
    }

    [Fact]
    public void Pdftotext_still_extracts_the_russian_text()
    {
        var updated = Apply(SkiaTestPdfs.Small, Report);

        var text = ExternalTool.PdfToText(updated, 3, 3);

        text.Should().Contain("Страница 3").And.Contain(SkiaTestPdfs.OrganizationName);
    }

    [Fact]
    public void A_pdfa_file_keeps_its_identifier_and_metadata()
    {
        var original = SkiaTestPdfs.PdfA;

        var updated = Apply(original, Report);

        using var before = PdfDocument.Open(original);
        using var after = PdfDocument.Open(updated);
        var id = before.Structure.Trailer.Identifier;
        id.Should().NotBeNullOrEmpty("SkiaSharp writes /ID for PDF/A");
        after.Structure.Trailer.Identifier.Should().Equal(id);
        after.TryGetXmpMetadata(out _).Should().BeTrue();
        Bookmarks(updated).Should().HaveCount(2);
        AssertQpdfClean(updated);
    }

    [Fact]
    public void Bookmarks_in_a_230_page_document_point_at_the_right_pages()
    {
        var outline = Enumerable.Range(0, 23)
            .SelectMany(chapter => new PdfOutlineEntry[]
            {
                new($"Глава {chapter + 1}", 1, chapter * 10, 800),
                new($"Раздел {chapter + 1}.1", 2, (chapter * 10) + 7, 600),
            })
            .ToList();

        var updated = Apply(SkiaTestPdfs.Large, new PdfCatalogAdditions { Outline = outline });

        var roots = Bookmarks(updated);
        roots.Should().HaveCount(23);
        roots.Cast<DocumentBookmarkNode>().Select(r => r.PageNumber).Should().Equal(Enumerable.Range(0, 23).Select(c => (c * 10) + 1));
        roots.Select(r => ((DocumentBookmarkNode)r.Children.Single()).PageNumber)
            .Should().Equal(Enumerable.Range(0, 23).Select(c => (c * 10) + 8));
        ExternalTool.PdfToText(updated, 158, 158).Should().Contain("Страница 158");
        AssertQpdfClean(updated);
    }

    [Fact]
    public void A_second_update_is_appended_after_the_first()
    {
        var once = Apply(SkiaTestPdfs.Small, Report);

        var twice = Apply(once, new PdfCatalogAdditions { Outline = [new("Единственная закладка", 1, 4, 300)] });

        twice.AsSpan(0, once.Length).SequenceEqual(once).Should().BeTrue();
        CountOccurrences(twice, "startxref").Should().Be(3);
        Bookmarks(twice).Select(b => b.Title).Should().Equal("Единственная закладка");
        ((DocumentBookmarkNode)Bookmarks(twice)[0]).PageNumber.Should().Be(5);
        TextOf(CatalogEntry(twice, "Lang")).Should().Be("ru-RU", "the catalog revision of the first update is carried over");
        AssertQpdfClean(twice);
    }

    [Fact]
    public void Language_alone_updates_only_the_catalog()
    {
        var updated = Apply(SkiaTestPdfs.Small, new PdfCatalogAdditions { Language = "en" });

        TextOf(CatalogEntry(updated, "Lang")).Should().Be("en");
        CatalogEntry(updated, "Outlines").Should().BeNull();
        CatalogEntry(updated, "PageMode").Should().BeNull();
        AssertQpdfClean(updated);
    }

    [Fact]
    public void Without_opening_the_pane_the_page_mode_is_left_alone()
    {
        var updated = Apply(SkiaTestPdfs.Small, Report with { OpenOutlinePane = false });

        CatalogEntry(updated, "PageMode").Should().BeNull();
        Bookmarks(updated).Should().HaveCount(2);
    }

    [Fact]
    public void A_file_without_a_final_end_of_line_is_updated_correctly()
    {
        var original = SkiaTestPdfs.Small;
        var trimmed = original.AsSpan().TrimEnd("\r\n"u8).ToArray();
        trimmed.Length.Should().BeLessThan(original.Length, "SkiaSharp ends its files with an end-of-line");

        var updated = Apply(trimmed, Report);

        Bookmarks(updated).Should().HaveCount(2);
        AssertQpdfClean(updated);
    }

    internal static void AssertQpdfClean(byte[] pdf)
    {
        var check = ExternalTool.QpdfCheck(pdf);
        check.ExitCode.Should().Be(0, $"qpdf --check reported:\n{check.Output}\n{check.Error}");
        check.Output.Should().Contain("No syntax or stream encoding errors found");
        (check.Output + check.Error).Should().NotContainEquivalentOf("warning").And.NotContainEquivalentOf("error:");
    }
}
