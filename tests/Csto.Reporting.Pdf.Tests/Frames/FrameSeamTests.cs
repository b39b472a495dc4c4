using System.Text;
using Csto.Reporting.Pdf.Frames;
using Csto.Reporting.Pdf.Tests.TestSupport;
using UglyToad.PdfPig;

namespace Csto.Reporting.Pdf.Tests.Frames;

/// <summary>
/// The frames are what the writers draw: the PDF that Skia paints from them has the frames' glyphs, in the frames'
/// order, at the frames' positions; furniture and the footnote rule are artifacts.
/// </summary>
public sealed class FrameSeamTests
{
    private static readonly Csto.Reporting.Documents.ReportDocument Showcase = Samples.Showcase();

    [Fact]
    public void The_pdf_draws_the_glyphs_of_the_frames_in_their_order_and_at_their_positions()
    {
        var options = Render.Options(Showcase);
        var frames = FrameCollector.Collect(Showcase, options);
        using var pdf = PdfDocument.Open(Render.Pdf(Showcase, options));
        frames.Select(f => f.Number).Should().Equal(Enumerable.Range(1, pdf.NumberOfPages));
        var compared = 0;
        foreach (var frame in frames)
        {
            var page = pdf.GetPage(frame.Number);
            page.Width.Should().BeApproximately(frame.Width, 0.1);
            var glyphs = frame.AllItems().OfType<GlyphRun>()
                .SelectMany(run => run.Positions.Select((x, i) => (X: x, Y: run.Baseline, Run: run)))
                .ToList();
            var letters = page.Letters;
            letters.Count.Should().Be(glyphs.Count, $"page {frame.Number} has one letter per glyph of its frame");
            for (var i = 0; i < letters.Count; i++)
            {
                letters[i].StartBaseLine.X.Should().BeApproximately(glyphs[i].X, 0.05, $"letter {i} «{letters[i].Value}» of page {frame.Number}");
                (frame.Height - letters[i].StartBaseLine.Y).Should().BeApproximately(glyphs[i].Y, 0.05, $"letter {i} of page {frame.Number}");
                compared++;
            }
            var frameText = NonSpace(string.Concat(frame.AllItems().OfType<GlyphRun>().Select(r => r.Text)));
            NonSpace(string.Concat(letters.Select(l => l.Value))).Should().Be(frameText, $"page {frame.Number}");
        }
        compared.Should().BeGreaterThan(3000);
    }

    [Fact]
    public void Every_glyph_run_is_consistent_and_furniture_is_marked_as_artifacts()
    {
        var frames = FrameCollector.Collect(Showcase, Render.Options(Showcase));
        var runs = frames.SelectMany(f => f.AllItems()).OfType<GlyphRun>().ToList();
        foreach (var run in runs)
        {
            run.Positions.Count.Should().Be(run.Glyphs.Count);
            run.Clusters.Should().BeInAscendingOrder();
            run.Clusters[^1].Should().BeLessThan((uint)run.Utf8.Length);
            run.Positions.Should().BeInAscendingOrder();
            run.End.Should().BeGreaterThanOrEqualTo(run.Positions[^1]);
        }
        var pageNumbers = frames.Select(f => f.AllItems().OfType<GlyphRun>().Where(r => r.Mark.Artifact == ArtifactKind.PageNumber).Select(r => r.Text).SingleOrDefault()).ToList();
        // The title page has no number; every other page shows its own.
        pageNumbers[0].Should().BeNull();
        pageNumbers.Skip(1).Should().Equal(frames.Skip(1).Select(f => f.Number.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        var rules = frames.SelectMany(f => f.AllItems()).OfType<Line>().Where(l => l.Mark.Artifact == ArtifactKind.FootnoteRule).ToList();
        rules.Should().NotBeEmpty("the showcase has footnotes");
        rules.Should().OnlyContain(l => l.Y1 == l.Y2 && l.X2 - l.X1 > 50);
        frames.SelectMany(f => f.AllItems()).OfType<NamedDestination>().Select(d => d.Name)
            .Should().Equal(Showcase.Headings().Select(h => h.Anchor), "each heading's destination, once, in order");
        frames.SelectMany(f => f.AllItems()).OfType<LinkArea>().Should().Contain(l => l.Target == "https://odkb-csto.org");
    }

    private static string NonSpace(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text.Where(c => !char.IsWhiteSpace(c)))
        {
            builder.Append(c);
        }
        return builder.ToString();
    }
}
