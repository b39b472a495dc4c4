using Csto.Reporting.Fonts;
using Csto.Reporting.Hyphenation;
using Csto.Reporting.Pdf.Frames;
using Csto.Reporting.Pdf.LineBreaking;
using Csto.Reporting.Pdf.Tests.TestSupport;
using Csto.Reporting.Pdf.Tests.Writing;
using Csto.Reporting.Pdf.Text;
using Csto.Reporting.Rendering;
using Csto.Reporting.Themes;
using Csto.Testing;

namespace Csto.Reporting.Pdf.Tests.LineBreaking;

/// <summary>Glyph expansion (±2 % in 0.5 % steps) on real prose: lines still fill the measure, spaces come out more even.</summary>
public sealed class GlyphExpansionTests
{
    private const float Width = 481.9f; // the gost text width: A4 less 30 and 10 mm
    private const float Size = 14;

    private static readonly HyphenationCache Hyphenation = new(LiangHyphenator.Default, "ru-RU");

    /// <summary>The longer paragraphs of Chekhov's «Палата № 6» (public domain), as the typography pass leaves them.</summary>
    private static readonly IReadOnlyList<string> Prose = File.ReadAllLines(Path.Combine(RepositoryPaths.Root, "tests", "Prose", "palata-6.md"))
        .Where(l => l.Length > 600 && !l.StartsWith('#'))
        .Take(12)
        .Select(l => Csto.Reporting.Typography.Typographer.ApplyToText(l, "ru-RU", Csto.Reporting.Typography.TypographyOptions.All))
        .ToList();

    private static TypesetText Set(string text, float expansion)
    {
        var format = new ParagraphFormat { Family = FontFamily.LiberationSerif, Size = Size, FirstLineIndent = 35.4f };
        var style = new TextStyle(Pdf.Fonts.FontCatalog.Get(format.Family, FontFace.Regular), Size, 0, new Csto.Reporting.Pdf.Frames.FrameColor(0, 0, 0), null, 0);
        return ParagraphTypesetter.Typeset([new StyledText(text, style)], format, Width, new TypesetOptions(true, false, Hyphenation, "test", expansion));
    }

    /// <summary>Each interword space of a line as drawn, in points, and the line's drawn width (as TextLineRenderer places it).</summary>
    private static (List<float> Spaces, float Width) Drawn(TypesetText text, LineBreak line)
    {
        var spaces = new List<float>();
        var x = 0f;
        for (var i = line.Start; i < line.End; i++)
        {
            var item = text.Items[i];
            if (item.Kind == ItemKind.Box)
            {
                x += item.Stretch > 0 ? item.Width * line.Scale : item.Width;
            }
            else if (item.Kind == ItemKind.Glue)
            {
                var space = item.Width + (line.Ratio >= 0 ? line.Ratio * item.Stretch : line.Ratio * item.Shrink);
                x += space;
                if (item.Content >= 0 && item.Stretch > 0 && item.Stretch < Item.Fill)
                {
                    spaces.Add(space);
                }
            }
        }
        if (line.End < text.Items.Count && text.Items[line.End] is { Kind: ItemKind.Penalty } penalty)
        {
            x += penalty.Width * line.Scale;
        }
        return (spaces, x);
    }

    [Fact]
    public void Expanded_lines_fill_the_measure_in_steps_of_half_a_percent()
    {
        Prose.Should().HaveCountGreaterThan(5);
        var expanded = 0;
        var lines = 0;
        foreach (var paragraph in Prose)
        {
            var text = Set(paragraph, 0.02f);
            var last = text.Lines[^1];
            if (last.NaturalWidth <= Width)
            {
                last.Expansion.Should().Be(0, "a paragraph's last line that fits is set at natural width");
            }
            foreach (var line in text.Lines.SkipLast(1))
            {
                lines++;
                Drawn(text, line).Width.Should().BeApproximately(Width, 0.05f, "a justified line fills the measure with its glyphs scaled");
                Math.Abs(line.Expansion).Should().BeLessThanOrEqualTo(0.02f + 1e-6f);
                var steps = line.Expansion / ParagraphBreaker.ExpansionStep;
                steps.Should().BeApproximately(MathF.Round(steps), 1e-3f, "expansion comes in steps of 0.5 %");
                line.Ratio.Should().BeGreaterThanOrEqualTo(-1, "glue never shrinks past its shrink");
                if (line.Expansion != 0)
                {
                    expanded++;
                }
            }
        }
        expanded.Should().BeGreaterThan(lines / 2, "most lines need some adjustment and the glyphs take it first");
    }

    [Fact]
    public void Expansion_keeps_word_spaces_nearer_their_natural_width()
    {
        var natural = 0f;
        List<float> Spaces(float expansion)
        {
            var all = new List<float>();
            foreach (var paragraph in Prose)
            {
                var text = Set(paragraph, expansion);
                natural = text.Items.First(i => i.Kind == ItemKind.Glue && i.Content >= 0 && i.Stretch > 0).Width;
                foreach (var line in text.Lines.SkipLast(1))
                {
                    all.AddRange(Drawn(text, line).Spaces);
                }
            }
            return all;
        }
        var plain = Spaces(0);
        var expanded = Spaces(0.02f);
        static double Deviation(List<float> values, float around) => Math.Sqrt(values.Average(v => (v - around) * (v - around)));
        var plainDeviation = Deviation(plain, natural);
        var expandedDeviation = Deviation(expanded, natural);
        expandedDeviation.Should().BeLessThan(plainDeviation * 0.75, $"spaces deviate {plainDeviation:F2} pt from natural without expansion");
        expanded.Max().Should().BeLessThan(plain.Max());
        expanded.Min().Should().BeGreaterThanOrEqualTo(natural * (1 - ParagraphTypesetter.SpaceShrink) - 0.01f);
    }

    [Fact]
    public void Gost_frames_draw_scaled_runs_and_a_theme_without_expansion_draws_none()
    {
        var document = Samples.Showcase();
        var gost = FrameCollector.Collect(document, new RenderOptions { Theme = BuiltInThemes.Gost });
        var scales = gost.SelectMany(f => f.AllItems()).OfType<GlyphRun>().Select(r => r.HorizontalScale).ToList();
        scales.Should().Contain(s => s != 1);
        scales.Should().OnlyContain(s => s >= 0.98f - 1e-6f && s <= 1.02f + 1e-6f);
        var plain = FrameCollector.Collect(document, new RenderOptions { Theme = BuiltInThemes.Gost with { GlyphExpansion = 0 } });
        plain.SelectMany(f => f.AllItems()).OfType<GlyphRun>().Should().OnlyContain(r => r.HorizontalScale == 1);
    }

    [Fact]
    public void A_theme_refuses_an_expansion_past_five_percent()
    {
        var act = () => BuiltInThemes.Gost with { GlyphExpansion = 0.1 };
        act.Should().Throw<ArgumentOutOfRangeException>().WithMessage("*from 0 to 0.05*");
        (BuiltInThemes.Gost with { GlyphExpansion = 0.05 }).GlyphExpansion.Should().Be(0.05);
    }

    [ToolFact("pdftotext")]
    public void The_pdf_draws_the_scale_so_extracted_words_are_as_wide_as_laid_out()
    {
        // The first word of a run drawn wider than designed, as pdftotext measures it from the PDF, starts and ends
        // where the frame placed its glyphs (scaled positions) within 0.1 pt: the text matrix carries the scale.
        var document = Samples.Showcase();
        var options = new RenderOptions { Theme = BuiltInThemes.Gost };
        var frames = FrameCollector.Collect(document, options);
        var run = frames.SelectMany(f => f.AllItems()).OfType<GlyphRun>().First(r => r.HorizontalScale > 1.001f && r.Text.Contains(' '));
        var pdf = new PdfReportRenderer().Render(document, options);
        var (code, xml) = PdfTools.Run("pdftotext", pdf, "-bbox", "{file}", "-");
        code.Should().Be(0);
        var firstWord = run.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries)[0];
        var start = run.Positions[0];
        var spaceAt = run.Text.IndexOf(' ', StringComparison.Ordinal);
        var glyphEnd = Enumerable.Range(0, run.Clusters.Count).First(g => run.Clusters[g] >= System.Text.Encoding.UTF8.GetByteCount(run.Text[..spaceAt]));
        var end = run.Positions[glyphEnd];
        var boxes = System.Text.RegularExpressions.Regex.Matches(xml, "<word xMin=\"([0-9.]+)\" yMin=\"[0-9.]+\" xMax=\"([0-9.]+)\" yMax=\"[0-9.]+\">" + System.Text.RegularExpressions.Regex.Escape(firstWord) + "</word>")
            .Select(m => (Start: double.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture), End: double.Parse(m.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture)))
            .ToList();
        boxes.Should().Contain(b => Math.Abs(b.Start - start) < 0.1 && Math.Abs(b.End - end) < 0.1,
            $"the word «{firstWord}» is drawn from {start:F2} to {end:F2} pt at scale {run.HorizontalScale}");
    }
}
