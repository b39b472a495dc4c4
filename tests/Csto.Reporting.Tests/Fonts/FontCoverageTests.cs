using Csto.Reporting.Fonts;
using SkiaSharp;

namespace Csto.Reporting.Tests.Fonts;

/// <summary>
/// The render check's coverage answers come from our own <c>cmap</c> reader; they must be the answers Skia (FreeType)
/// gave before, for every code point a document can hold, so no document passes or fails the check differently.
/// </summary>
public sealed class FontCoverageTests
{
    public static TheoryData<string> BundledFamilies() =>
    [
        FontFamily.LiberationSerif.Name, FontFamily.LiberationSans.Name, FontFamily.PTSerif.Name, FontFamily.PTSans.Name,
        FontFamily.NotoSerifArmenian.Name, FontFamily.NotoSansArmenian.Name, FontFamily.NotoSerifGeorgian.Name,
        FontFamily.NotoSansGeorgian.Name, FontFamily.NotoSerifSymbols.Name,
    ];

    private static FontFamily Bundled(string name) => new[]
    {
        FontFamily.LiberationSerif, FontFamily.LiberationSans, FontFamily.PTSerif, FontFamily.PTSans,
        FontFamily.NotoSerifArmenian, FontFamily.NotoSansArmenian, FontFamily.NotoSerifGeorgian,
        FontFamily.NotoSansGeorgian, FontFamily.NotoSerifSymbols,
    }.Single(f => f.Name == name);

    [Theory]
    [MemberData(nameof(BundledFamilies))]
    public void The_cmap_reader_agrees_with_Skia_on_every_code_point_of_a_bundled_font(string family)
    {
        var font = Bundled(family);
        var ours = CmapLookup.For(font.Load(FontFace.Regular));
        ours.Should().NotBeNull("every bundled font has a format 4 or 12 Unicode subtable");
        AssertSameAsSkia(font.Load(FontFace.Regular), ours!, family);
        FontCoverage.Covers(font, 'Ж').Should().Be(SkiaCovers(font.Load(FontFace.Regular), 'Ж'));
    }

    [Fact]
    public void A_file_without_a_cmap_table_gives_no_lookup()
    {
        CmapLookup.For(new byte[64]).Should().BeNull();
        CmapLookup.For(Array.Empty<byte>()).Should().BeNull();
    }

    private static void AssertSameAsSkia(ReadOnlyMemory<byte> font, Func<int, bool> ours, string name)
    {
        using var data = SKData.CreateCopy(font.Span);
        using var typeface = SKTypeface.FromData(data);
        typeface.Should().NotBeNull();
        var differences = new List<string>();
        var covered = 0;
        // The BMP, the SMP and the SIP, the variation selectors' plane, and the last code point.
        foreach (var range in new[] { (0, 0x3FFFF), (0xE0000, 0xE01EF), (0x10FFFF, 0x10FFFF) })
        {
            for (var codepoint = range.Item1; codepoint <= range.Item2; codepoint++)
            {
                var expected = typeface!.ContainsGlyph(codepoint);
                covered += expected ? 1 : 0;
                if (ours(codepoint) != expected && differences.Count < 10)
                {
                    differences.Add($"U+{codepoint:X4}: Skia {expected}, cmap reader {!expected}");
                }
            }
        }
        differences.Should().BeEmpty(name);
        covered.Should().BeGreaterThan(50, $"{name} has glyphs to compare");
    }

    private static bool SkiaCovers(ReadOnlyMemory<byte> font, int codepoint)
    {
        using var data = SKData.CreateCopy(font.Span);
        using var typeface = SKTypeface.FromData(data);
        return typeface!.ContainsGlyph(codepoint);
    }
}
