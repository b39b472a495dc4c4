using Csto.Testing;
using System.Text.RegularExpressions;
using Csto.Reporting.Documents;
using Csto.Reporting.Documents.Builder;
using Csto.Reporting.Hyphenation;
using Csto.Reporting.Markdown;
using Csto.Reporting.Pdf.Layout;
using Csto.Reporting.Pdf.Pagination;
using Csto.Reporting.Pdf.Tests.TestSupport;
using Csto.Reporting.Rendering;
using Csto.Reporting.Themes;
using UglyToad.PdfPig;

namespace Csto.Reporting.Pdf.Tests.Rendering;

public sealed class PaginationTests
{
    private static readonly ReportDocument LongDocument = Samples.Long(8);

    private static List<(int Page, IReadOnlyList<Slice> Slices)> Pages(ReportDocument document, Theme? theme = null)
    {
        var pages = new List<(int, IReadOnlyList<Slice>)>();
        new LayoutPasses(document, theme ?? BuiltInThemes.Gost, LiangHyphenator.Default)
            .Count(CancellationToken.None, (page, slices) => pages.Add((page, slices.ToList())));
        return pages;
    }

    [Fact]
    public void A_cancelled_layout_stops_at_the_next_page_even_inside_one_long_block()
    {
        // One paragraph of many pages: the block loop checks the token only between blocks, the paginator at every page.
        var words = string.Join(' ', Enumerable.Range(1, 6000).Select(i => "слово" + i.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        var document = DocumentBuilder.Create("Один абзац").Section(s => s.Paragraph(words)).Build();
        using var cancel = new CancellationTokenSource();
        var pages = new List<int>();

        var act = () => new LayoutPasses(document, BuiltInThemes.Gost, LiangHyphenator.Default)
            .Count(cancel.Token, (page, _) =>
            {
                pages.Add(page);
                if (page == 2)
                {
                    cancel.Cancel();
                }
            });

        act.Should().Throw<OperationCanceledException>();
        pages.Should().Equal(1, 2);
    }

    [Fact]
    public void A_heading_is_never_the_last_thing_on_a_page()
    {
        var pages = Pages(LongDocument);
        pages.Count.Should().BeGreaterThan(5);
        foreach (var (page, slices) in pages.SkipLast(1))
        {
            var last = slices[^1];
            last.Heading.Should().BeNull($"page {page} must not end with a heading");
            (last is TextLineSlice { Text.Format.Bold: true }).Should().BeFalse($"page {page} ends with a heading line");
            // The heading keeps at least two lines of the following paragraph.
            var headingIndex = slices.ToList().FindLastIndex(s => s.Heading is not null);
            if (headingIndex >= 0)
            {
                slices.Skip(headingIndex).OfType<TextLineSlice>().Count(s => !s.Text.Format.Bold).Should().BeGreaterThanOrEqualTo(2, $"page {page}");
            }
        }
    }

    [Fact]
    public void No_paragraph_leaves_a_single_line_at_the_bottom_or_the_top_of_a_page()
    {
        var pages = Pages(LongDocument);
        var splits = 0;
        for (var p = 0; p < pages.Count - 1; p++)
        {
            var bottom = pages[p].Slices.OfType<TextLineSlice>().LastOrDefault();
            var top = pages[p + 1].Slices.OfType<TextLineSlice>().FirstOrDefault();
            if (bottom is null || top is null || !ReferenceEquals(bottom.Text, top.Text))
            {
                continue;
            }
            splits++;
            var linesOnBottom = pages[p].Slices.OfType<TextLineSlice>().Count(s => ReferenceEquals(s.Text, bottom.Text));
            var linesOnTop = pages[p + 1].Slices.OfType<TextLineSlice>().Count(s => ReferenceEquals(s.Text, top.Text));
            linesOnBottom.Should().BeGreaterThanOrEqualTo(2, $"no orphan at the bottom of page {p + 1}");
            linesOnTop.Should().BeGreaterThanOrEqualTo(2, $"no widow at the top of page {p + 2}");
        }
        splits.Should().BeGreaterThan(0, "the test document splits paragraphs across pages");
    }

    /// <summary>
    /// Issue 9's hyphen rows on realistic input — Chekhov's «Палата № 6» (tests/Prose) and a long report — in both
    /// themes, read from the laid-out pages: no page ends in a line whose last word is broken across lines (TeX's
    /// <c>\brokenpenalty</c>, here a hard rule unless nothing else fits), and no paragraph has more than two broken
    /// lines in a row.
    /// </summary>
    [Theory]
    [InlineData("prose", "gost")]
    [InlineData("prose", "modern")]
    [InlineData("long", "gost")]
    [InlineData("long", "modern")]
    public void No_page_ends_in_a_hyphenated_line_and_no_more_than_two_hyphenated_lines_follow_each_other(string input, string themeName)
    {
        var theme = BuiltInThemes.All.Single(t => t.Name == themeName);
        var document = input == "prose"
            ? MarkdownDocumentReader.ReadFile(File.ReadAllText(ProsePath), ProsePath)
            : Samples.Long(16);
        var pages = Pages(document, theme);
        var lines = pages.SelectMany(p => p.Slices.OfType<TextLineSlice>()).ToList();
        var hyphenated = lines.Count(l => l.EndsWithHyphen);
        hyphenated.Should().BeGreaterThan(30, "the input has enough hyphenated lines to test the rules");
        var longestRun = 0;
        for (int i = 0, run = 0; i < lines.Count; i++)
        {
            var continues = i > 0 && ReferenceEquals(lines[i - 1].Text, lines[i].Text) && lines[i - 1].Line == lines[i].Line - 1;
            run = lines[i].EndsWithHyphen ? (continues ? run + 1 : 1) : 0;
            longestRun = Math.Max(longestRun, run);
        }
        longestRun.Should().BeInRange(1, 2);
        var pageEndsInParagraph = 0;
        foreach (var (page, slices) in pages.SkipLast(1))
        {
            if (slices[^1] is TextLineSlice last)
            {
                last.EndsWithHyphen.Should().BeFalse($"page {page} must not end in a word broken by a hyphen");
                pageEndsInParagraph += last.Line < last.Text.Lines.Count - 1 ? 1 : 0;
            }
        }
        pageEndsInParagraph.Should().BeGreaterThan(0, "pages end inside paragraphs, where a hyphenated line could fall");
    }

    private static string ProsePath => Path.Combine(RepositoryPaths.Root, "tests", "Prose", "palata-6.md");

    [ToolFact("pdftotext")]
    public void A_footnote_is_at_the_bottom_of_the_page_of_its_reference()
    {
        var pdf = Render.Pdf(LongDocument);
        using var document = PdfDocument.Open(pdf);
        var pages = document.GetPages().Select(p => p.Text).ToList();
        for (var chapter = 1; chapter <= 8; chapter++)
        {
            var reference = pages.FindIndex(t => t.Contains($"ссылка{chapter}", StringComparison.Ordinal));
            var note = pages.FindIndex(t => t.Contains($"Примечание{chapter}:", StringComparison.Ordinal));
            reference.Should().BeGreaterThanOrEqualTo(0);
            note.Should().Be(reference, $"footnote {chapter} is on the page of its reference");
        }
        // In reading order the footnote comes after the page's text.
        var text = PdfTools.Text(pdf);
        text.IndexOf("Примечание1:", StringComparison.Ordinal).Should().BeGreaterThan(text.IndexOf("ссылка1", StringComparison.Ordinal));
    }

    [ToolFact("pdftotext")]
    public void A_footnote_too_long_for_its_page_continues_on_the_next()
    {
        // About 80 lines of 10 pt footnote text: more than a page can hold under its reference.
        var longNote = "началосноски " + string.Join(" ", Enumerable.Repeat(Samples.SeedParagraphs[1], 16)) + " конецсноски";
        var document = Documents.Builder.DocumentBuilder.Create("Длинная сноска").Date(Samples.Date).Section(s =>
        {
            s.Paragraph(Samples.SeedParagraphs[0]);
            s.Paragraph(Samples.SeedParagraphs[6] + " ссылкананосноску", p => p.Footnote(longNote));
            for (var i = 0; i < 12; i++)
            {
                s.Paragraph(Samples.SeedParagraphs[i % Samples.SeedParagraphs.Count]);
            }
        }).Build();
        var pdf = Render.Pdf(document);
        using var parsed = PdfDocument.Open(pdf);
        var pages = parsed.GetPages().Select(p => p.Text).ToList();
        var reference = pages.FindIndex(t => t.Contains("ссылкананосноску", StringComparison.Ordinal));
        pages.FindIndex(t => t.Contains("началосноски", StringComparison.Ordinal)).Should().Be(reference, "the footnote starts on the page of its reference");
        pages.FindIndex(t => t.Contains("конецсноски", StringComparison.Ordinal)).Should().BeGreaterThan(reference, "the rest continues on a later page");
        var words = WordGuard.Words(PdfTools.Text(pdf));
        var input = WordGuard.Words(string.Join(" ", [Samples.SeedParagraphs[0], Samples.SeedParagraphs[6], longNote, .. Enumerable.Range(0, 12).Select(i => Samples.SeedParagraphs[i % Samples.SeedParagraphs.Count])]));
        input.Count(w => w == "Беларусь").Should().BeGreaterThan(16, "the footnote repeats a paragraph that names Belarus");
        words.Count(w => w == "Беларусь").Should().Be(input.Count(w => w == "Беларусь"), "every repetition of the footnote's text survives the split");
    }

    [Fact]
    public void The_table_header_is_repeated_on_every_page_the_table_spans()
    {
        using var document = PdfDocument.Open(Render.Pdf(Samples.LongTable(80)));
        var pages = document.GetPages().ToList();
        pages.Count.Should().BeGreaterThan(2);
        var tablePages = pages.Where(p => p.Text.Contains("Заседание рабочей группы", StringComparison.Ordinal)).ToList();
        tablePages.Count.Should().BeGreaterThan(1);
        foreach (var page in tablePages)
        {
            var words = page.GetWords().Select(w => w.Text).ToList();
            words.Should().Contain("Мероприятие").And.Contain("Место");
        }
        var rows = pages.SelectMany(p => p.GetWords()).Count(w => w.Text == "номер");
        rows.Should().Be(80, "no row is lost or repeated");
    }

    [ToolFact("pdftotext")]
    public async Task Table_of_contents_page_numbers_match_the_pages_of_the_headings()
    {
        var source = Samples.Long(6, tableOfContents: true);
        var pdf = Render.Pdf(source);
        var located = new PdfLayoutLocator().LocateHeadings(source, Render.Options(source));
        using var document = PdfDocument.Open(pdf);
        var pages = document.GetPages().Select(p => p.Text).ToList();
        var toc = PdfTools.Text(pdf, "-layout", "-f", "1", "-l", "2");
        var checkedEntries = 0;
        foreach (var heading in source.Headings())
        {
            var title = heading.Number + " " + DocumentWalker.PlainText(heading.Content);
            var actualPage = pages.FindIndex(t => !t.Contains("Содержание", StringComparison.Ordinal) && t.Contains(title, StringComparison.Ordinal)) + 1;
            located[heading.Anchor].Should().Be(actualPage, $"the locator finds «{title}»");
            // The number stands in a column of its own (a hanging indent), so the layout text may put several spaces after it.
            var entry = new Regex("^\\s*" + Regex.Escape(heading.Number ?? string.Empty) + "\\s+" + Regex.Escape(DocumentWalker.PlainText(heading.Content)) + "\\s");
            var line = toc.Split('\n').FirstOrDefault(l => entry.IsMatch(l));
            line.Should().NotBeNull($"the TOC lists «{title}»");
            Regex.Match(line!, @"\.\s*(\d+)\s*$").Groups[1].Value.Should().Be(actualPage.ToString(System.Globalization.CultureInfo.InvariantCulture), $"TOC line «{line}»");
            checkedEntries++;
        }
        checkedEntries.Should().BeGreaterThan(10);
    }

    [ToolFact("pdftotext")]
    public void Page_numbers_follow_the_theme()
    {
        var gost = PdfTools.Text(Render.Pdf(LongDocument), "-layout");
        var pages = gost.Split('\f');
        pages[0].TrimStart().Should().StartWith("1. Раздел 1", "the first page shows no number in the ГОСТ theme");
        pages[1].TrimStart().Split('\n')[0].Trim().Should().Be("2");
        var modern = Samples.Long(2);
        var text = PdfTools.Text(Render.Pdf(modern, new RenderOptions { Theme = BuiltInThemes.Modern }), "-layout").Split('\f');
        var count = text.Count(t => t.Trim().Length > 0);
        text[1].Should().Contain($"2 из {count}");
    }

    [Fact]
    public void A_title_page_stands_alone_without_a_number_and_sections_start_new_pages()
    {
        using var document = PdfDocument.Open(Render.Pdf(Samples.Showcase()));
        var pages = document.GetPages().ToList();
        pages[0].Text.Should().Contain("ОРГАНИЗАЦИЯ").And.Contain("Москва");
        pages[0].GetWords().Should().NotContain(w => w.Text == "1");
        pages[1].Text.Should().StartWith("2").And.Contain("Содержание");
        pages[2].Text.Should().Contain("Заседания и конференции");
    }
}
