using System.Buffers.Binary;
using System.Runtime.CompilerServices;
using SkiaSharp;

namespace Csto.Reporting.Fonts;

/// <summary>
/// Which characters a font family can draw, read from the Unicode <c>cmap</c> subtable of its regular face (nearest
/// face), each family's table found once while the family lives. Used to check a document's characters before any
/// writer runs; the PDF layout's own per-glyph fallback stays the authority for drawing.
/// </summary>
/// <remarks>
/// The subtable is chosen as FreeType chooses the Unicode charmap (which Skia's <c>ContainsGlyph</c> used before): the
/// last full-repertoire one (platform 3 encoding 10, platform 0 encoding 4), else the last other Unicode one (platform 3
/// encoding 1, platform 0 encodings 0–3 and 6). Formats 4 and 12 are read here; a font whose chosen subtable has another format is asked
/// through Skia, as before. Reading the table directly keeps a render from loading Skia and from Skia's first-use scan
/// of the machine's font folders (about 0.1 s of every start on a machine with fonts installed).
/// </remarks>
internal static class FontCoverage
{
    private static readonly ConditionalWeakTable<FontFamily, Func<int, bool>> Lookups = [];

    /// <summary>Whether <paramref name="family"/>'s regular face (or its nearest face) has a glyph for <paramref name="codepoint"/>.</summary>
    public static bool Covers(FontFamily family, int codepoint) =>
        Lookups.GetValue(family, static f => CmapLookup.For(f.Load(FontFace.Regular)) ?? SkiaLookup(f))(codepoint);

    /// <summary>Whether the first family or one of its <paramref name="fallbacks"/> has a glyph for <paramref name="codepoint"/>.</summary>
    public static bool Covers(FontFamily family, IReadOnlyList<FontFamily> fallbacks, int codepoint)
    {
        if (Covers(family, codepoint))
        {
            return true;
        }
        foreach (var fallback in fallbacks)
        {
            if (Covers(fallback, codepoint))
            {
                return true;
            }
        }
        return false;
    }

    private static Func<int, bool> SkiaLookup(FontFamily family)
    {
        using var data = SKData.CreateCopy(family.Load(FontFace.Regular).Span);
        var typeface = SKTypeface.FromData(data)
            ?? throw new InvalidDataException($"The font '{family.SourceOf(FontFace.Regular)}' cannot be read.");
        return typeface.ContainsGlyph;
    }
}

/// <summary>A format 4 or format 12 <c>cmap</c> subtable of a font, read in place (OpenType 1.9, <c>cmap</c>).</summary>
internal sealed class CmapLookup
{
    private readonly ReadOnlyMemory<byte> font;
    private readonly int offset;
    private readonly int length;
    private readonly int format;

    private CmapLookup(ReadOnlyMemory<byte> font, int offset, int length, int format)
    {
        this.font = font;
        this.offset = offset;
        this.length = length;
        this.format = format;
    }

    /// <summary>
    /// The lookup of the Unicode subtable FreeType would select in <paramref name="font"/>, or null when that subtable
    /// is neither format 4 nor format 12 or the table cannot be read (the caller then asks another reader).
    /// </summary>
    public static Func<int, bool>? For(ReadOnlyMemory<byte> font)
    {
        var span = font.Span;
        if (span.Length < 12)
        {
            return null;
        }
        int tableCount = BinaryPrimitives.ReadUInt16BigEndian(span[4..]);
        if (span.Length < 12 + 16 * tableCount)
        {
            return null;
        }
        for (var i = 0; i < tableCount; i++)
        {
            var record = span.Slice(12 + 16 * i, 16);
            if (record[0] == (byte)'c' && record[1] == (byte)'m' && record[2] == (byte)'a' && record[3] == (byte)'p')
            {
                var start = BinaryPrimitives.ReadUInt32BigEndian(record[8..]);
                var size = BinaryPrimitives.ReadUInt32BigEndian(record[12..]);
                return start > (uint)span.Length || size > (uint)span.Length - start ? null : Select(font, (int)start, (int)size);
            }
        }
        return null;
    }

    private static Func<int, bool>? Select(ReadOnlyMemory<byte> font, int cmap, int cmapLength)
    {
        var table = font.Span.Slice(cmap, cmapLength);
        if (table.Length < 4)
        {
            return null;
        }
        int count = BinaryPrimitives.ReadUInt16BigEndian(table[2..]);
        // FreeType's find_unicode_charmap: the last full-repertoire Unicode subtable, else the last Unicode one.
        int full = -1, bmp = -1;
        for (var i = 0; i < count && 4 + 8 * (i + 1) <= table.Length; i++)
        {
            var platform = BinaryPrimitives.ReadUInt16BigEndian(table[(4 + 8 * i)..]);
            var encoding = BinaryPrimitives.ReadUInt16BigEndian(table[(6 + 8 * i)..]);
            if ((platform == 3 && encoding == 10) || (platform == 0 && encoding == 4))
            {
                full = i;
            }
            else if ((platform == 3 && encoding == 1) || (platform == 0 && encoding is <= 3 or 6))
            {
                bmp = i;
            }
        }
        var chosen = full >= 0 ? full : bmp;
        if (chosen < 0)
        {
            return null;
        }
        var subtable = (int)BinaryPrimitives.ReadUInt32BigEndian(table[(8 + 8 * chosen)..]);
        var format = FormatAt(table, chosen);
        if (format is not (4 or 12))
        {
            return null;
        }
        var length = format == 4
            ? BinaryPrimitives.ReadUInt16BigEndian(table[(subtable + 2)..])
            : (int)Math.Min(BinaryPrimitives.ReadUInt32BigEndian(table[(subtable + 4)..]), int.MaxValue);
        if (length > table.Length - subtable)
        {
            length = table.Length - subtable;
        }
        var lookup = new CmapLookup(font, cmap + subtable, length, format);
        return lookup.Covers;
    }

    // The format of subtable i, or -1 when its offset lies outside the table.
    private static int FormatAt(ReadOnlySpan<byte> table, int i)
    {
        var subtable = BinaryPrimitives.ReadUInt32BigEndian(table[(8 + 8 * i)..]);
        return subtable > (uint)table.Length - 8 ? -1 : BinaryPrimitives.ReadUInt16BigEndian(table[(int)subtable..]);
    }

    /// <summary>Whether the subtable maps <paramref name="codepoint"/> to a glyph other than .notdef.</summary>
    public bool Covers(int codepoint) => Glyph(codepoint) != 0;

    private int Glyph(int codepoint)
    {
        var table = font.Span.Slice(offset, length);
        return format == 4 ? Format4(table, codepoint) : Format12(table, codepoint);
    }

    private static int Format4(ReadOnlySpan<byte> table, int codepoint)
    {
        if (codepoint is < 0 or > 0xFFFF || table.Length < 14)
        {
            return 0;
        }
        var segments = BinaryPrimitives.ReadUInt16BigEndian(table[6..]) / 2;
        var ends = 14;
        var starts = ends + 2 * segments + 2;
        var deltas = starts + 2 * segments;
        var rangeOffsets = deltas + 2 * segments;
        if (rangeOffsets + 2 * segments > table.Length)
        {
            return 0;
        }
        int low = 0, high = segments - 1;
        while (low <= high)
        {
            var middle = (low + high) >> 1;
            var end = BinaryPrimitives.ReadUInt16BigEndian(table[(ends + 2 * middle)..]);
            var start = BinaryPrimitives.ReadUInt16BigEndian(table[(starts + 2 * middle)..]);
            if (codepoint > end)
            {
                low = middle + 1;
            }
            else if (codepoint < start)
            {
                high = middle - 1;
            }
            else
            {
                var delta = BinaryPrimitives.ReadUInt16BigEndian(table[(deltas + 2 * middle)..]);
                var rangeOffset = BinaryPrimitives.ReadUInt16BigEndian(table[(rangeOffsets + 2 * middle)..]);
                if (rangeOffset == 0)
                {
                    return (codepoint + delta) & 0xFFFF;
                }
                var at = rangeOffsets + 2 * middle + rangeOffset + 2 * (codepoint - start);
                if (at + 2 > table.Length)
                {
                    return 0;
                }
                var glyph = BinaryPrimitives.ReadUInt16BigEndian(table[at..]);
                return glyph == 0 ? 0 : (glyph + delta) & 0xFFFF;
            }
        }
        return 0;
    }

    private static int Format12(ReadOnlySpan<byte> table, int codepoint)
    {
        if (table.Length < 16)
        {
            return 0;
        }
        var groups = (int)Math.Min(BinaryPrimitives.ReadUInt32BigEndian(table[12..]), (uint)(table.Length - 16) / 12);
        int low = 0, high = groups - 1;
        while (low <= high)
        {
            var middle = (low + high) >> 1;
            var group = table.Slice(16 + 12 * middle, 12);
            var start = BinaryPrimitives.ReadUInt32BigEndian(group);
            var end = BinaryPrimitives.ReadUInt32BigEndian(group[4..]);
            if ((uint)codepoint > end)
            {
                low = middle + 1;
            }
            else if ((uint)codepoint < start)
            {
                high = middle - 1;
            }
            else
            {
                return (int)(BinaryPrimitives.ReadUInt32BigEndian(group[8..]) + ((uint)codepoint - start));
            }
        }
        return 0;
    }
}
