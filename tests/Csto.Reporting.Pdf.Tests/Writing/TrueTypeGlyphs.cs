using System.Buffers.Binary;
using System.Text;

namespace Csto.Reporting.Pdf.Tests.Writing;

/// <summary>Reads which glyphs of a TrueType font are composites of which others (glyf/loca), to check subsets.</summary>
internal static class TrueTypeGlyphs
{
    /// <summary>The glyphs given and every component they are built from, recursively.</summary>
    public static SortedSet<ushort> WithComponents(byte[] font, IEnumerable<ushort> glyphs)
    {
        var result = new SortedSet<ushort>();
        var pending = new Stack<ushort>(glyphs);
        while (pending.Count > 0)
        {
            var glyph = pending.Pop();
            if (result.Add(glyph))
            {
                foreach (var component in Components(font, glyph))
                {
                    pending.Push(component);
                }
            }
        }
        return result;
    }

    private static List<ushort> Components(byte[] font, ushort glyph)
    {
        var head = Table(font, "head");
        var longOffsets = BinaryPrimitives.ReadInt16BigEndian(font.AsSpan(head + 50)) == 1;
        var loca = Table(font, "loca");
        var glyf = Table(font, "glyf");
        long start, end;
        if (longOffsets)
        {
            start = BinaryPrimitives.ReadUInt32BigEndian(font.AsSpan(loca + (glyph * 4)));
            end = BinaryPrimitives.ReadUInt32BigEndian(font.AsSpan(loca + (glyph * 4) + 4));
        }
        else
        {
            start = BinaryPrimitives.ReadUInt16BigEndian(font.AsSpan(loca + (glyph * 2))) * 2L;
            end = BinaryPrimitives.ReadUInt16BigEndian(font.AsSpan(loca + (glyph * 2) + 2)) * 2L;
        }
        var components = new List<ushort>();
        if (end <= start || BinaryPrimitives.ReadInt16BigEndian(font.AsSpan((int)(glyf + start))) >= 0)
        {
            return components;
        }
        var at = (int)(glyf + start + 10);
        while (true)
        {
            var flags = BinaryPrimitives.ReadUInt16BigEndian(font.AsSpan(at));
            components.Add(BinaryPrimitives.ReadUInt16BigEndian(font.AsSpan(at + 2)));
            at += 4 + ((flags & 1) != 0 ? 4 : 2);
            at += (flags & 8) != 0 ? 2 : (flags & 0x40) != 0 ? 4 : (flags & 0x80) != 0 ? 8 : 0;
            if ((flags & 0x20) == 0)
            {
                return components;
            }
        }
    }

    private static int Table(byte[] font, string tag)
    {
        var count = BinaryPrimitives.ReadUInt16BigEndian(font.AsSpan(4));
        for (var i = 0; i < count; i++)
        {
            if (Encoding.ASCII.GetString(font, 12 + (i * 16), 4) == tag)
            {
                return (int)BinaryPrimitives.ReadUInt32BigEndian(font.AsSpan(12 + (i * 16) + 8));
            }
        }
        throw new InvalidDataException($"No '{tag}' table.");
    }
}
