using Csto.Testing;
using Csto.Reporting.Documents;
using Csto.Reporting.Docx.Tests.Support;
using Csto.Reporting.Markdown;
using Csto.Reporting.Pdf;
using Csto.Reporting.Rendering;
using Csto.Reporting.Themes;
using UglyToad.PdfPig;

namespace Csto.Reporting.Docx.Tests;

/// <summary>
/// Opens our DOCX in a real word processor: headless LibreOffice converts it to PDF. Skipped with the reason when
/// LibreOffice is missing, failed instead under CI=true (CI installs it from .ci/apt-packages).
/// </summary>
[Collection(PdfLayoutCollection.Name)]
public sealed class LibreOfficeTests
{
    [ToolTheory("soffice")]
    [InlineData("gost")]
    [InlineData("modern")]
    public async Task LibreOffice_converts_the_showcase(string theme)
    {
        var docx = await DocxRendering.RenderAsync(TestDocuments.Showcase(), BuiltInThemes.ByName(theme));

        var pdf = await LibreOffice.ConvertToPdfAsync(docx, $"showcase-{theme}");

        using var document = PdfDocument.Open(pdf);
        // Title page, contents and text, the appendix (after the signature block's page break), the landscape section.
        document.NumberOfPages.Should().BeInRange(4, 6);
        var text = string.Join("\n", document.GetPages().Select(p => p.Text));
        text.Should().Contain("Общие положения").And.Contain("Тасмагамбетов").And.Contain("Вторая сноска");
        document.GetPage(document.NumberOfPages).Width.Should().BeGreaterThan(document.GetPage(1).Width, "the last section is landscape");
        // The title page as the PDF lays it out: the middle near the centre, the bottom line at the bottom margin.
        var page = document.GetPage(1);
        var words = page.GetWords().ToList();
        var middle = words.First(w => w.Text == "Доклад").BoundingBox.Bottom / page.Height;
        var bottom = words.First(w => w.Text == "Москва").BoundingBox.Bottom / page.Height;
        middle.Should().BeInRange(0.45, 0.6, "the title is centred on the page (PDF y grows upwards)");
        bottom.Should().BeLessThan(0.12, "the bottom block sits on the bottom margin");
    }

    [ToolFact("soffice")]
    public async Task LibreOffice_converts_every_sample_within_a_page_of_our_pdf()
    {
        var locator = new PdfLayoutLocator();
        var documents = new List<(string Name, byte[] Docx)>();
        var ours = new Dictionary<string, int>();
        var titles = new Dictionary<string, string>();
        var contents = new Dictionary<string, (string Title, HashSet<int> Pages)>();
        foreach (var (file, template) in SampleCases.All())
        {
            var name = SampleCases.Name(file, template);
            var tree = SampleCases.Build(file, template);
            var options = RenderOptions.Default with { Theme = SampleCases.ThemeOf(tree) };
            documents.Add((name, await DocxRendering.RenderAsync(tree, options.Theme, locator)));
            ours[name] = locator.CountPages(tree, options);
            titles[name] = tree.Metadata.Title;
            if (tree.Sections.SelectMany(s => s.Blocks).OfType<TableOfContents>().FirstOrDefault() is { } toc)
            {
                var pages = locator.LocateHeadings(tree, options);
                var listed = tree.Headings().Where(h => h.InTableOfContents && h.Level <= toc.MaxLevel && pages.ContainsKey(h.Anchor));
                contents[name] = (toc.Title, listed.Select(h => pages[h.Anchor]).ToHashSet());
            }
        }

        var pdfs = await LibreOffice.ConvertToPdfAsync(documents);

        var problems = new List<string>();
        foreach (var (name, _) in documents)
        {
            using var pdf = PdfDocument.Open(pdfs[name]);
            // Short documents may differ by a line breaking into one more page; long ones by 10 %.
            var tolerance = Math.Max(1, (int)Math.Ceiling(ours[name] * 0.1));
            if (Math.Abs(pdf.NumberOfPages - ours[name]) > tolerance)
            {
                problems.Add($"{name}: LibreOffice {pdf.NumberOfPages} pages, our PDF {ours[name]}");
            }
            var text = Words(string.Join(" ", pdf.GetPages().SelectMany(p => p.GetWords()).Select(w => w.Text)));
            var missing = Words(titles[name]).Except(text).ToList();
            if (missing.Count > 0)
            {
                problems.Add($"{name}: the title's words {string.Join(", ", missing)} are not in LibreOffice's PDF");
            }
            if (contents.TryGetValue(name, out var toc))
            {
                // The cached page numbers show after the dot leaders (LibreOffice does not update the TOC field).
                var page = pdf.GetPages().FirstOrDefault(p => p.GetWords().Any(w => w.Text == toc.Title));
                var shown = page is null ? [] : System.Text.RegularExpressions.Regex.Matches(page.Text, @"(?<=\.\.)[0-9]+")
                    .Select(m => int.Parse(m.Value, System.Globalization.CultureInfo.InvariantCulture)).ToHashSet();
                if (!toc.Pages.IsSubsetOf(shown))
                {
                    problems.Add($"{name}: LibreOffice's table of contents shows pages {string.Join(", ", shown)}, not {string.Join(", ", toc.Pages)}");
                }
            }
        }
        problems.Should().BeEmpty(string.Join("\n", problems));
    }

    [ToolFact("soffice")]
    public async Task LibreOffice_lays_the_benchmark_report_out_within_ten_percent_of_our_pdf_pages()
    {
        var markdown = await File.ReadAllTextAsync(RepositoryPaths.BenchReport);
        var tree = MarkdownDocumentReader.ReadFile(markdown, "report.md");
        var docx = await DocxRendering.RenderAsync(tree);
        var ours = new PdfLayoutLocator().CountPages(tree, RenderOptions.Default);

        var pdf = await LibreOffice.ConvertToPdfAsync(docx, "report");

        using var document = PdfDocument.Open(pdf);
        document.NumberOfPages.Should().BeInRange((int)Math.Floor(ours * 0.9), (int)Math.Ceiling(ours * 1.1),
            $"our PDF layout has {ours} pages and LibreOffice laid the DOCX out on {document.NumberOfPages}");
    }

    /// <summary>The words (letters and digits) of a text, for comparing text a PDF reader may space differently.</summary>
    private static HashSet<string> Words(string text) =>
        System.Text.RegularExpressions.Regex.Matches(text, @"[\p{L}\p{Nd}]{4,}").Select(m => m.Value).ToHashSet(StringComparer.Ordinal);
}
