using System.Text;
using Csto.Reporting.Pdf.Tests.TestSupport;
using Csto.Testing;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Graphics;

namespace Csto.Reporting.Pdf.Tests.Pictures;

/// <summary>
/// Issue 14's done criterion on the bundled samples, read back from the PDF: the activity report's yearly chart is
/// vector paths and text (no image XObject), its bars as tall as the sample's figures; the analyst note's SVG emblem
/// is drawn as paths on its title page.
/// </summary>
public sealed class SamplePictureTests
{
    /// <summary>#1F4E8C, the ГОСТ theme's first chart colour and the emblem's disc.</summary>
    private static readonly (double R, double G, double B) DarkBlue = (0x1F / 255.0, 0x4E / 255.0, 0x8C / 255.0);

    [Fact]
    public void The_activity_reports_chart_is_bars_as_tall_as_the_figures_by_year_drawn_as_paths_with_its_labels_as_text()
    {
        var document = SampleCases.Build("activity-report-2023-2025.json", "activity-report");
        var pdf = Render.Pdf(document, Render.Options(document));

        Encoding.ASCII.GetString(pdf).Should().NotContain("/Subtype /Image").And.NotContain("/Subtype/Image");
        using var read = PdfDocument.Open(pdf);
        read.GetPages().Should().OnlyContain(p => !p.GetImages().Any(), "the chart is vector paths, not an image");
        var page = read.GetPage(1);
        var words = page.GetWords().ToList();
        words.Select(w => w.Text).Should().Contain(["2023", "2024", "2025", "Год", "Число", "15", "10", "5", "0"], "the chart's categories, axis titles and ticks are text");

        var bars = FilledIn(page.Paths, DarkBlue).OrderBy(b => b.Left).ToList();
        bars.Should().HaveCount(3, "one bar a year");
        // The sample's figure by year: 15 (2023), 14 (2024), 15 (2025), on one baseline, each over its year's label.
        bars.Select(b => Math.Round(b.Bottom, 1)).Distinct().Should().ContainSingle("the bars stand on the axis");
        (bars[1].Height / bars[0].Height).Should().BeApproximately(14.0 / 15.0, 0.002);
        bars[2].Height.Should().BeApproximately(bars[0].Height, 0.01);
        // Between the heading and the caption under it.
        var heading = words.First(w => w.Text == "показатели").BoundingBox;
        var caption = words.First(w => w.Text == "Рисунок").BoundingBox;
        bars.Should().OnlyContain(b => b.Top < heading.Bottom && b.Bottom > caption.Top);
        foreach (var (bar, year) in bars.Zip(new[] { "2023", "2024", "2025" }))
        {
            var label = words.Where(w => w.Text == year && w.BoundingBox.Bottom > caption.Top && w.BoundingBox.Top < bar.Bottom)
                .Should().ContainSingle($"{year} is written once below the bars (PDF y grows upwards)").Subject.BoundingBox;
            label.Centroid.X.Should().BeInRange(bar.Left, bar.Right, $"{year} is written under its bar");
        }
        // The tick «15» stands at the top of the 15 bars.
        var fifteen = words.Where(w => w.Text == "15" && w.BoundingBox.Bottom > caption.Top).MinBy(w => w.BoundingBox.Left)!.BoundingBox;
        fifteen.Centroid.Y.Should().BeApproximately(bars[0].Top, fifteen.Height);
    }

    [Fact]
    public void The_analyst_notes_emblem_is_drawn_as_paths_on_its_title_page_30_mm_wide()
    {
        var document = SampleCases.Build("analyst-note-eurasian-security.md", SampleCases.Markdown);
        var pdf = Render.Pdf(document, Render.Options(document));

        using var read = PdfDocument.Open(pdf);
        var page = read.GetPage(1);
        page.GetImages().Should().BeEmpty("the SVG emblem is drawn as paths, not rasterised");
        var words = page.GetWords().ToList();
        words.Select(w => w.Text).Should().Contain(["Актуальные", "евразийской", "безопасности", "Аналитическая", "записка"], "page 1 is the title page");
        var disc = FilledIn(page.Paths, DarkBlue).MaxBy(b => b.Width);
        // The disc (r = 56 of the 120-unit view box) of an emblem set 30 mm wide: 28 mm.
        disc.Width.Should().BeApproximately(28 / 25.4 * 72, 0.2);
        disc.Height.Should().BeApproximately(disc.Width, 0.2);
        var title = words.First(w => w.Text == "Актуальные").BoundingBox;
        disc.Bottom.Should().BeGreaterThan(title.Top, "the emblem heads the title page");
        ((disc.Left + disc.Right) / 2).Should().BeApproximately(page.Width / 2 + (LeftMargin(document) - RightMargin(document)) / 2, 1, "the emblem is centred in the text area");
    }

    private static double LeftMargin(Csto.Reporting.Documents.ReportDocument document) => (double)Render.Options(document).Theme.PageSetup.Margins.Left;

    private static double RightMargin(Csto.Reporting.Documents.ReportDocument document) => (double)Render.Options(document).Theme.PageSetup.Margins.Right;

    /// <summary>The bounding boxes of the filled paths painted in <paramref name="colour"/>.</summary>
    private static IEnumerable<PdfRectangle> FilledIn(IEnumerable<PdfPath> paths, (double R, double G, double B) colour) =>
        paths.Where(p => p.IsFilled && p.FillColor is { } fill && Near(fill.ToRGBValues(), colour))
            .Select(p => p.GetBoundingRectangle())
            .Where(r => r.HasValue)
            .Select(r => r!.Value);

    private static bool Near((double R, double G, double B) a, (double R, double G, double B) b) =>
        Math.Abs(a.R - b.R) < 0.01 && Math.Abs(a.G - b.G) < 0.01 && Math.Abs(a.B - b.B) < 0.01;
}
