using System.Buffers.Binary;
using System.Collections.Concurrent;
using Csto.Reporting.Fonts;

namespace Csto.Reporting.Docx.Styles;

/// <summary>
/// The natural line height of a bundled font family (hhea ascender − descender + line gap, over units per
/// em), which Word and LibreOffice call single spacing. The theme gives line spacing as a distance between
/// baselines in multiples of the font size, so the DOCX multiple is the theme's divided by this ratio.
/// </summary>
internal static class FontMetrics
{
    private static readonly ConcurrentDictionary<string, double> Ratios = new(StringComparer.Ordinal);

    /// <summary>Single line height as a multiple of the font size, e.g. 1.15 for Liberation Serif (Times New Roman).</summary>
    public static double LineHeightRatio(FontFamily family) =>
        Ratios.GetOrAdd(family.FilePrefix, _ => Read(BundledFonts.Load(family, FontFace.Regular).Span));

    /// <summary>The DOCX auto line multiple that puts baselines <paramref name="baselineMultiple"/> font sizes apart.</summary>
    public static double AutoMultiple(FontFamily family, double baselineMultiple) => baselineMultiple / LineHeightRatio(family);

    private static double Read(ReadOnlySpan<byte> font)
    {
        var head = Table(font, "head");
        var hhea = Table(font, "hhea");
        var unitsPerEm = BinaryPrimitives.ReadUInt16BigEndian(font[(head + 18)..]);
        var ascender = BinaryPrimitives.ReadInt16BigEndian(font[(hhea + 4)..]);
        var descender = BinaryPrimitives.ReadInt16BigEndian(font[(hhea + 6)..]);
        var lineGap = BinaryPrimitives.ReadInt16BigEndian(font[(hhea + 8)..]);
        return (ascender - descender + lineGap) / (double)unitsPerEm;
    }

    private static int Table(ReadOnlySpan<byte> font, string tag)
    {
        var count = BinaryPrimitives.ReadUInt16BigEndian(font[4..]);
        for (var i = 0; i < count; i++)
        {
            var record = font.Slice(12 + 16 * i, 16);
            if (record[0] == tag[0] && record[1] == tag[1] && record[2] == tag[2] && record[3] == tag[3])
            {
                return checked((int)BinaryPrimitives.ReadUInt32BigEndian(record[8..]));
            }
        }
        throw new InvalidDataException($"The bundled font has no '{tag}' table.");
    }
}
