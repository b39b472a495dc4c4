using Csto.Testing;
using Csto.Reporting.Fonts;
using Csto.Reporting.Pdf.Fonts;
using Csto.Reporting.Pdf.Tests.TestSupport;
using Csto.Reporting.Rendering;
using Csto.Reporting.Themes;
using SkiaSharp;

namespace Csto.Reporting.Pdf.Tests.Fonts;

/// <summary>Armenian, Georgian and symbols the theme fonts lack are drawn by the bundled fallback families.</summary>
public sealed class FallbackFontTests
{
    public static TheoryData<string> ThemeNames => ["gost", "modern"];

    [Fact]
    public void Every_bundled_face_has_the_glyphs_of_its_script_as_skia_reads_it()
    {
        var armenian = Range(0x0531, 0x0556).Concat(Range(0x0561, 0x0587)).Append(0x0589);
        var georgian = Range(0x10D0, 0x10FA);
        var symbols = Range(0x2074, 0x207F).Concat([0x2070, 0x00B9, 0x00B2, 0x00B3, 0x2103, 0x2109, 0x2116, 0x20BD, 0x2153]);
        var expected = new (FontFamily Family, IEnumerable<int> Codepoints)[]
        {
            (FontFamily.NotoSerifArmenian, armenian), (FontFamily.NotoSansArmenian, armenian),
            (FontFamily.NotoSerifGeorgian, georgian), (FontFamily.NotoSansGeorgian, georgian),
            (FontFamily.NotoSerifSymbols, symbols),
        };
        foreach (var (family, codepoints) in expected)
        {
            foreach (var face in family.Faces)
            {
                using var data = SKData.CreateCopy(family.Load(face).Span);
                using var typeface = SKTypeface.FromData(data);
                typeface.Should().NotBeNull(family.SourceOf(face));
                codepoints.Where(c => !typeface.ContainsGlyph(c)).Select(c => $"U+{c:X4}").Should().BeEmpty($"{family.SourceOf(face)} covers its script");
            }
        }
        FontFamily.NotoSerifSymbols.Faces.Should().Equal(FontFace.Regular, FontFace.Bold, FontFace.Italic, FontFace.BoldItalic);
        FontFamily.NotoSerifArmenian.Faces.Should().Equal(FontFace.Regular, FontFace.Bold);
    }

    [Fact]
    public void The_bundled_fallback_files_stay_small()
    {
        var added = new[] { FontFamily.NotoSerifArmenian, FontFamily.NotoSansArmenian, FontFamily.NotoSerifGeorgian, FontFamily.NotoSansGeorgian, FontFamily.NotoSerifSymbols }
            .SelectMany(f => f.Faces.Select(face => f.Load(face).Length))
            .Sum();
        added.Should().BeLessThan(700_000, "the fallbacks are the script fonts and a symbol subset, not whole pan-Unicode families");
    }

    [Theory]
    [InlineData(0x0540, FontFace.Regular, "Noto Serif Armenian", FontFace.Regular)]
    [InlineData(0x0540, FontFace.Bold, "Noto Serif Armenian", FontFace.Bold)]
    [InlineData(0x0540, FontFace.Italic, "Noto Serif Armenian", FontFace.Regular)]
    [InlineData(0x0540, FontFace.BoldItalic, "Noto Serif Armenian", FontFace.Bold)]
    [InlineData(0x10D0, FontFace.Bold, "Noto Serif Georgian", FontFace.Bold)]
    [InlineData(0x2103, FontFace.Italic, "Noto Serif", FontFace.Italic)]
    [InlineData(0x207B, FontFace.BoldItalic, "Noto Serif", FontFace.BoldItalic)]
    [InlineData(0x2074, FontFace.Regular, "Liberation Serif", FontFace.Regular)]
    [InlineData(0x0416, FontFace.Italic, "Liberation Serif", FontFace.Italic)]
    public void Each_character_takes_the_first_family_of_the_chain_that_has_it_in_the_nearest_face(int codepoint, FontFace face, string family, FontFace expected)
    {
        var theme = BuiltInThemes.Gost;
        var font = FontCatalog.Get(theme.BodyFont, face is FontFace.Bold or FontFace.BoldItalic, face is FontFace.Italic or FontFace.BoldItalic, theme.FallbackFonts);
        var drawn = FontCatalog.ForCodepoint(font, codepoint);
        drawn.Should().NotBeNull();
        drawn!.Family.Name.Should().Be(family);
        drawn.Face.Should().Be(expected);
        drawn.Should().BeSameAs(drawn.Bare, "shaped runs hold one face object per file");
    }

    [Fact]
    public void A_theme_without_the_fallbacks_still_stops_at_armenian()
    {
        var theme = BuiltInThemes.Gost with { FallbackFonts = [FontFamily.PTSerif] };
        var document = ScriptSamples.Document();
        var act = () => new PdfReportRenderer().Render(document, new RenderOptions { Theme = theme });
        act.Should().Throw<Diagnostics.ReportInputException>().WithMessage("*U+0540*");
    }

    [ToolTheory("pdftotext", "pdffonts")]
    [MemberData(nameof(ThemeNames))]
    public void A_document_in_armenian_and_georgian_renders_to_pdf_with_the_text_extracted_as_written(string themeName)
    {
        var document = ScriptSamples.Document(themeName);
        var pdf = new PdfReportRenderer().Render(document, new RenderOptions { Theme = BuiltInThemes.ByName(themeName) });
        var text = Normalize(PdfTools.Text(pdf, "-raw", "-nopgbrk"));
        foreach (var sentence in new[] { ScriptSamples.ArmenianName, ScriptSamples.Armenian, ScriptSamples.Georgian, ScriptSamples.Symbols })
        {
            text.Should().Contain(Normalize(sentence));
        }
        var fonts = PdfTools.Run("pdffonts", pdf, "{file}").Output;
        fonts.Should().Contain("NotoSerifArmenian-Regular").And.Contain("NotoSerifArmenian-Bold")
            .And.Contain("NotoSerifGeorgian-Regular").And.Contain("NotoSerif-Regular");
        foreach (var row in fonts.Split('\n').Where(l => l.Contains("Noto", StringComparison.Ordinal)))
        {
            row.Should().MatchRegex(@"\byes\s+yes\s+yes\b", "every fallback face is embedded, subset and has a ToUnicode map");
        }
    }

    [Fact]
    public async Task A_document_in_armenian_and_georgian_renders_to_png_pages_with_ink()
    {
        var pages = await new PngReportRenderer().RenderPagesAsync(ScriptSamples.Document(), RenderOptions.Default);
        pages.Should().ContainSingle();
        using var bitmap = SKBitmap.Decode(pages[0]);
        var dark = 0;
        for (var y = 0; y < bitmap.Height; y++)
        {
            for (var x = 0; x < bitmap.Width; x++)
            {
                dark += bitmap.GetPixel(x, y).Red < 128 ? 1 : 0;
            }
        }
        dark.Should().BeGreaterThan(3000, "five paragraphs of text leave ink");
    }

    private static IEnumerable<int> Range(int first, int last) => Enumerable.Range(first, last - first + 1);

    private static string Normalize(string text) =>
        string.Join(' ', text.Replace("\u00AD", string.Empty, StringComparison.Ordinal).Split([' ', '\n', '\r', '\f', '\u00A0', '\u202F'], StringSplitOptions.RemoveEmptyEntries));
}
