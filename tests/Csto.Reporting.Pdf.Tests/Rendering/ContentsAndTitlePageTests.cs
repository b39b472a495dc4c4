using Csto.Domain.Documents;
using Csto.Domain.Naming;
using Csto.Domain.Places;
using Csto.Reporting.Documents;
using Csto.Reporting.Generation;
using Csto.Reporting.Inputs;
using Csto.Reporting.Templates;
using Csto.Reporting.Pdf.Frames;
using Csto.Reporting.Pdf.Tests.TestSupport;
using Csto.Reporting.Rendering;
using Csto.Testing;

namespace Csto.Reporting.Pdf.Tests.Rendering;

/// <summary>The contents' hanging indent and the analytical report's title page, read from the laid-out frames (points, y down).</summary>
public sealed class ContentsAndTitlePageTests
{
    [Fact]
    public void A_contents_entry_that_wraps_continues_under_its_text_not_under_its_number()
    {
        const string Long = "Взаимодействие Организации Договора о коллективной безопасности с региональными и международными организациями в сфере противодействия современным вызовам и угрозам";
        var document = new ReportDocument(new DocumentMetadata("Доклад"),
        [
            new Section(
            [
                new TableOfContents("Содержание"),
                new Heading(1, [new TextRun("Введение")], "intro") { Number = "1" },
                new Heading(1, [new TextRun(Long)], "long") { Number = "2" },
            ]),
        ]);
        var frame = FrameCollector.Collect(document, Render.Options(document))[0];
        var runs = frame.Items.OfType<GlyphRun>().ToList();
        var number = runs.First(r => r.Text == "2");
        var firstWord = runs.First(r => r.Text.StartsWith("Взаимодействие", StringComparison.Ordinal));
        firstWord.Baseline.Should().BeApproximately(number.Baseline, 0.01f, "the number and the text start on one line");
        firstWord.Start.Should().BeGreaterThan(number.End, "the text stands right of the number");
        var continued = runs.Where(r => r.Baseline > firstWord.Baseline + 1 && r.Baseline < firstWord.Baseline + 60 && r.Text.Length > 1 && !r.Text.All(c => c == '.' || char.IsDigit(c)))
            .GroupBy(r => r.Baseline).OrderBy(g => g.Key).First();
        continued.Min(r => r.Start).Should().BeApproximately(firstWord.Start, 0.5f, "a wrapped line hangs under the text (hanging indent)");
        continued.Min(r => r.Start).Should().BeGreaterThan(number.Start + 10);
    }

    [Fact]
    public void The_analytical_report_title_page_has_the_top_block_at_the_top_the_larger_title_in_the_optical_middle_and_place_and_year_at_the_foot()
    {
        // The sample report with a place and a year of issue (the sample's sources give neither).
        var path = Path.Combine(RepositoryPaths.SampleData, "greater-eurasian-partnership-report.json");
        var sample = (AnalyticalReport)DataFileReader.Read(File.ReadAllText(path), path).Record;
        var moscow = new City(new Name(new RussianName("Москва", "Москвы", "Москве", "Москву", "Москвой", "Москве"), "Moscow"), "RU");
        var report = new AnalyticalReport(sample.Title, sample.Subtitle, new NodaTime.LocalDate(2026, 3, 2), assistedBy: sample.AssistedBy, summary: sample.Summary, sections: sample.Sections, place: moscow);
        var document = new ReportGenerator(TemplateCatalog.Embedded, []).BuildDocument("analytical-report", report);
        var theme = SampleCases.ThemeOf(document);
        var frame = FrameCollector.Collect(document, new RenderOptions { Theme = theme })[0];
        var setup = theme.PageSetup;
        var runs = frame.Items.OfType<GlyphRun>().Where(r => r.Text.Trim().Length > 0).ToList();
        var body = (float)theme.BodyFontSize;

        var top = runs.MinBy(r => r.Baseline)!;
        top.Baseline.Should().BeLessThan((float)(setup.Margins.Top + 2.5 * body), "the first block starts at the top margin");

        var title = runs.Where(r => r.Size > body + 0.5f).ToList();
        title.Should().NotBeEmpty("the title is set larger than the text");
        title.Should().OnlyContain(r => Math.Abs(r.Size - (float)(theme.TitleFontSize * TitlePage.TitleScale)) < 0.01f, "the title page's title is larger than the theme's title size");
        var titleTop = title.Min(r => r.Baseline);
        var titleBottom = title.Max(r => r.Baseline);
        var middle = (titleTop + titleBottom) / 2 / (float)setup.PageHeight;
        middle.Should().BeInRange(0.38f, 0.52f, "the title stands in the optical middle: at or a little above the page's centre");
        var lines = title.GroupBy(r => r.Baseline).ToList();
        var textCentre = (float)(setup.Margins.Left + setup.ContentWidth / 2);
        lines.Should().OnlyContain(g => Math.Abs((g.Min(r => r.Start) + g.Max(r => r.End)) / 2 - textCentre) < 1.5f, "every title line is centred");

        var foot = runs.MaxBy(r => r.Baseline)!;
        var footLine = string.Join(" ", runs.Where(r => Math.Abs(r.Baseline - foot.Baseline) < 0.1f).OrderBy(r => r.Start).Select(r => r.Text.Trim()));
        footLine.Should().Be("Москва 2026", "place and year stand at the foot");
        foot.Baseline.Should().BeGreaterThan((float)(setup.PageHeight - setup.Margins.Bottom - 2 * body), "on the bottom margin");
    }
}
