using Csto.Testing;
using Csto.Reporting.Fonts;
using Csto.Reporting.Pdf.Fonts;
using Csto.Reporting.Pdf.Tests.TestSupport;
using Csto.Reporting.Pdf.Writing.Document;
using Csto.Reporting.Pdf.Writing.Fonts;
using Csto.Reporting.Pdf.Writing.Metadata;
using SkiaSharp;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Tokens;

namespace Csto.Reporting.Pdf.Tests.Writing;

public class FontEmbeddingTests
{
    private const string Sample = "Декларация Совета коллективной безопасности ОДКБ, 28 ноября 2025 г. — «Москва»";

    [Fact]
    public void The_subset_keeps_the_outlines_of_the_glyphs_used_and_nothing_else()
    {
        var whole = FontFamily.PTSerif.Load(FontFace.Regular).ToArray();
        var shaped = Csto.Reporting.Pdf.Text.TextShaper.Shape(WritingFixtures.Serif, Sample, kerning: true, ligatures: true);
        var used = shaped.Runs.SelectMany(run => run.Glyphs).Distinct().Order().ToList();
        var subset = FontSubsetter.Subset(whole, used);

        var kept = TrueTypeGlyphs.WithComponents(whole, used.Prepend((ushort)0));
        kept.Count.Should().BeGreaterThan(used.Count, "some Cyrillic letters are composites (й = и + breve)");
        var metrics = OpenTypeFont.Read(subset);
        metrics.GlyphCount.Should().Be(kept.Max + 1, "glyph ids are kept, so the subset runs to the highest one kept");
        subset.Length.Should().BeLessThan(whole.Length / 10, "PT Serif is {0} bytes whole", whole.Length);

        using var original = SKTypeface.FromData(SKData.CreateCopy(whole));
        using var cut = SKTypeface.FromData(SKData.CreateCopy(subset));
        using var originalFont = new SKFont(original, 1000);
        using var cutFont = new SKFont(cut, 1000);
        foreach (var glyph in kept.Where(glyph => glyph != 0))
        {
            using var expected = originalFont.GetGlyphPath(glyph);
            using var actual = cutFont.GetGlyphPath(glyph);
            actual.Bounds.Should().Be(expected.Bounds, $"glyph {glyph} is kept");
            actual.PointCount.Should().Be(expected.PointCount, $"glyph {glyph} is used");
        }
        using (var notdef = cutFont.GetGlyphPath(0))
        {
            notdef.PointCount.Should().Be(0, ".notdef is never drawn, so its outline is dropped");
        }
        var unused = Enumerable.Range(1, kept.Max).Select(g => (ushort)g).Except(kept).ToList();
        unused.Should().NotBeEmpty();
        foreach (var glyph in unused)
        {
            using var path = cutFont.GetGlyphPath(glyph);
            path.PointCount.Should().Be(0, $"glyph {glyph} is neither used nor a component");
        }
    }

    [Fact]
    public void The_embedded_font_is_a_subset_type0_font_whose_file_holds_only_the_glyphs_drawn()
    {
        var pdf = WritingFixtures.OneLine(Sample);
        using var document = PdfDocument.Open(pdf);
        var font = WritingFixtures.PageFonts(document).Should().ContainSingle().Subject;
        ((NameToken)font.Data["Subtype"]).Data.Should().Be("Type0");
        ((NameToken)font.Data["Encoding"]).Data.Should().Be("Identity-H");
        var baseFont = ((NameToken)font.Data["BaseFont"]).Data;
        baseFont.Should().MatchRegex("^[A-Z]{6}\\+PTSerif-Regular$");
        var cidFont = WritingFixtures.Dictionary(document, ((ArrayToken)font.Data["DescendantFonts"]).Data[0]);
        ((NameToken)cidFont.Data["Subtype"]).Data.Should().Be("CIDFontType2");
        var descriptor = WritingFixtures.Dictionary(document, cidFont.Data["FontDescriptor"]);
        var file = (StreamToken)WritingFixtures.Resolve(document, descriptor.Data["FontFile2"]);
        var fontBytes = WritingFixtures.StreamData(file);
        ((NumericToken)file.StreamDictionary.Data["Length1"]).Int.Should().Be(fontBytes.Length);
        file.Data.Length.Should().BeLessThan(20_000, "the compressed subset of one line");

        var shaped = Csto.Reporting.Pdf.Text.TextShaper.Shape(WritingFixtures.Serif, Sample, kerning: true, ligatures: true);
        var used = shaped.Runs.SelectMany(run => run.Glyphs).Distinct().ToList();
        using var typeface = SKTypeface.FromData(SKData.CreateCopy(fontBytes));
        using var skFont = new SKFont(typeface, 1000);
        var withOutlines = Enumerable.Range(0, OpenTypeFont.Read(fontBytes).GlyphCount)
            .Count(glyph => { using var path = skFont.GetGlyphPath((ushort)glyph); return path.PointCount > 0; });
        var kept = TrueTypeGlyphs.WithComponents(FontFamily.PTSerif.Load(FontFace.Regular).ToArray(), used.Prepend((ushort)0));
        withOutlines.Should().Be(kept.Count(glyph => glyph != 0 && HasOutline(glyph)), "the drawn glyphs with ink and their components (.notdef is kept empty)");

        // /W gives each glyph's advance: PT Serif's own advances in thousandths of an em.
        var widths = (ArrayToken)WritingFixtures.Resolve(document, cidFont.Data["W"]);
        var metrics = OpenTypeFont.Read(FontFamily.PTSerif.Load(FontFace.Regular).Span);
        var first = ((NumericToken)widths.Data[0]).Int;
        var run = (ArrayToken)widths.Data[1];
        for (var i = 0; i < run.Data.Count; i++)
        {
            ((NumericToken)run.Data[i]).Double.Should().BeApproximately(metrics.Advance(first + i) * 1000.0 / metrics.UnitsPerEm, 0.005);
        }
    }

    [Fact]
    public void Text_extracted_through_to_unicode_is_the_input_and_glyphs_sit_where_the_layout_put_them()
    {
        var writer = new PdfDocumentWriter(WritingFixtures.Information(), PdfArchivalLevel.None, tagged: false);
        var page = writer.BeginPage(595.28f, 841.89f);
        var shown = WritingFixtures.Show(writer, page, WritingFixtures.Serif, Sample, 12, 72, 100);
        writer.EndPage();
        var pdf = writer.Finish([], [], []);

        using var document = PdfDocument.Open(pdf);
        var pdfPage = document.GetPage(1);
        string.Concat(pdfPage.Letters.Select(letter => letter.Value)).Should().Be(Sample);
        var letters = pdfPage.Letters;
        letters.Count.Should().Be(shown.Glyphs.Count);
        for (var i = 0; i < letters.Count; i++)
        {
            letters[i].StartBaseLine.X.Should().BeApproximately(shown.Positions[i], 0.01, $"glyph {i} ('{letters[i].Value}')");
            letters[i].StartBaseLine.Y.Should().BeApproximately(841.89 - 100, 0.01);
        }
    }

    [ToolFact("pdffonts", "pdftotext")]
    public void Pdffonts_reports_every_font_embedded_subset_and_with_unicode()
    {
        var writer = new PdfDocumentWriter(WritingFixtures.Information(), PdfArchivalLevel.None, tagged: false);
        var page = writer.BeginPage(595.28f, 841.89f);
        WritingFixtures.Show(writer, page, WritingFixtures.Serif, Sample, 12, 72, 100);
        WritingFixtures.Show(writer, page, FontCatalog.Get(FontFamily.LiberationSans, FontFace.Bold), "Bold line, fi ffl", 14, 72, 130);
        writer.EndPage();
        var pdf = writer.Finish([], [], []);

        var (code, output) = PdfTools.Run("pdffonts", pdf, "{file}");
        code.Should().Be(0, output);
        var rows = output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(2).ToList();
        rows.Should().HaveCount(2);
        foreach (var row in rows)
        {
            row.Should().MatchRegex(@"^[A-Z]{6}\+\S+\s+CID TrueType\s+Identity-H\s+yes yes yes ", row);
        }
        PdfTools.Text(pdf).Should().Contain(Sample).And.Contain("Bold line, fi ffl");
    }

    private static bool HasOutline(ushort glyph)
    {
        using var font = new SKFont(Csto.Reporting.Pdf.Drawing.SkiaTypefaces.Of(WritingFixtures.Serif), 1000);
        using var path = font.GetGlyphPath(glyph);
        return path.PointCount > 0;
    }
}
