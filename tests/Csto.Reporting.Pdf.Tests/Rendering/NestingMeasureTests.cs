using Csto.Reporting.Documents;
using Csto.Reporting.Pdf.Frames;
using Csto.Reporting.Pdf.Layout;
using Csto.Reporting.Pdf.Tests.TestSupport;
using Csto.Reporting.Rendering;
using Csto.Reporting.Themes;

namespace Csto.Reporting.Pdf.Tests.Rendering;

/// <summary>Quotes and lists nested deep keep 40 % of the text width: the indent stops growing, no text is lost.</summary>
public sealed class NestingMeasureTests
{
    private const string Text = "Государства — члены Организации подтвердили приверженность принципам коллективной безопасности и договорились о совместных мерах.";

    private static Block Quotes(int depth) => depth == 0 ? new Paragraph(Text) : new BlockQuote([Quotes(depth - 1)]);

    private static ItemList Lists(int depth) => new(false, [new ListItem(depth == 1 ? [new Paragraph(Text)] : [new Paragraph("пункт"), Lists(depth - 1)])]);

    /// <summary>
    /// The x where the deepest paragraph's first line starts, the widest line drawn from that x or right of it
    /// (labels left out), in points, and every word drawn.
    /// </summary>
    private static (float Left, float Widest, string Words) Deepest(Block block)
    {
        var theme = BuiltInThemes.Gost with { GlyphExpansion = 0 };
        var document = new ReportDocument(new DocumentMetadata("Вложенность"), [new Section([block])]);
        var runs = FrameCollector.Collect(document, new RenderOptions { Theme = theme })
            .SelectMany(f => f.AllItems().OfType<GlyphRun>().Select(r => (f.Number, Run: r)))
            .Where(r => !r.Run.Mark.IsArtifact && !r.Run.Text.Contains("Вложенность", StringComparison.Ordinal) && r.Run.Text.Trim() is not ("–" or "•"))
            .ToList();
        var first = runs.First(r => r.Run.Text.Contains("Государства", StringComparison.Ordinal)).Run;
        var left = first.Start;
        // The first line may start after a first-line indent (1.25 cm = 35.4 pt); the others start left of it.
        var lines = runs.Where(r => r.Run.Start >= left - 40 && r.Run.Baseline >= first.Baseline)
            .GroupBy(r => (r.Number, r.Run.Baseline))
            .Select(g => g.Max(r => r.Run.End) - g.Min(r => r.Run.Start))
            .ToList();
        return (left, lines.Max(), string.Concat(runs.Select(r => r.Run.Text + " ")));
    }

    [Theory]
    [InlineData(10)]
    [InlineData(30)]
    public void Deep_quotes_keep_forty_percent_of_the_text_width(int depth)
    {
        var measure = (float)PageSetup.A4Gost.ContentWidth;
        var left = (float)PageSetup.A4Gost.Margins.Left;
        var (x, widest, words) = Deepest(Quotes(depth));
        // Unbounded, ten levels of 1.25 cm + 0.625 cm would leave no width at all.
        widest.Should().BeApproximately(LayoutScope.MinimumMeasureShare * measure, 0.5f, "justified lines fill the minimum measure");
        x.Should().BeLessThanOrEqualTo(left + (1 - LayoutScope.MinimumMeasureShare) * measure + 0.5f, "the text starts no further right than the minimum measure allows");
        foreach (var word in Text.Split(' ').Where(w => w.Length > 12))
        {
            words.Replace("-", "", StringComparison.Ordinal).Replace(" ", "", StringComparison.Ordinal)
                .Should().Contain(word.Replace(" ", "", StringComparison.Ordinal), "no text is dropped");
        }
    }

    [Fact]
    public void Ten_quotes_indent_more_than_two_but_thirty_no_more_than_ten()
    {
        var two = Deepest(Quotes(2)).Left;
        var ten = Deepest(Quotes(10)).Left;
        var thirty = Deepest(Quotes(30)).Left;
        ten.Should().BeGreaterThan(two);
        thirty.Should().BeApproximately(ten, 0.5f);
    }

    [Fact]
    public void A_sixty_level_list_stays_on_the_page_with_its_labels()
    {
        var measure = (float)PageSetup.A4Gost.ContentWidth;
        var left = (float)PageSetup.A4Gost.Margins.Left;
        var (x, widest, _) = Deepest(Lists(60));
        x.Should().BeLessThanOrEqualTo(left + (1 - LayoutScope.MinimumMeasureShare) * measure + 0.5f);
        widest.Should().BeApproximately(LayoutScope.MinimumMeasureShare * measure, 0.5f);
        var document = new ReportDocument(new DocumentMetadata("Вложенность"), [new Section([Lists(60)])]);
        var labels = FrameCollector.Collect(document, new RenderOptions { Theme = BuiltInThemes.Gost })
            .SelectMany(f => f.AllItems()).OfType<GlyphRun>().Where(r => r.Text.Trim() is "–" or "•").ToList();
        labels.Should().HaveCount(60, "every level keeps its label");
        labels.Should().OnlyContain(r => r.Start >= left - 0.01f && r.End <= left + measure);
    }
}
