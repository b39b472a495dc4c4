using System.Buffers.Binary;
using System.Text;

namespace Csto.Reporting.Pdf.Writing.Fonts;

/// <summary>
/// The facts a PDF font descriptor needs, read from a TrueType font's tables (OpenType 1.9: <c>head</c>,
/// <c>hhea</c>, <c>hmtx</c>, <c>maxp</c>, <c>OS/2</c>, <c>post</c>, <c>name</c>). Metrics are in font units.
/// </summary>
internal sealed class OpenTypeFont
{
    private readonly ushort[] advances;

    private OpenTypeFont(ReadOnlySpan<byte> font)
    {
        var tables = ReadTableDirectory(font);
        var head = Table(font, tables, "head", 54);
        UnitsPerEm = BinaryPrimitives.ReadUInt16BigEndian(head[18..]);
        BoundingBox = (
            BinaryPrimitives.ReadInt16BigEndian(head[36..]),
            BinaryPrimitives.ReadInt16BigEndian(head[38..]),
            BinaryPrimitives.ReadInt16BigEndian(head[40..]),
            BinaryPrimitives.ReadInt16BigEndian(head[42..]));
        var macStyle = BinaryPrimitives.ReadUInt16BigEndian(head[44..]);
        var maxp = Table(font, tables, "maxp", 6);
        GlyphCount = BinaryPrimitives.ReadUInt16BigEndian(maxp[4..]);
        var hhea = Table(font, tables, "hhea", 36);
        Ascent = BinaryPrimitives.ReadInt16BigEndian(hhea[4..]);
        Descent = BinaryPrimitives.ReadInt16BigEndian(hhea[6..]);
        var metricCount = BinaryPrimitives.ReadUInt16BigEndian(hhea[34..]);
        var hmtx = Table(font, tables, "hmtx", metricCount * 4);
        advances = new ushort[GlyphCount];
        for (var glyph = 0; glyph < GlyphCount; glyph++)
        {
            var index = Math.Min(glyph, metricCount - 1);
            advances[glyph] = index < 0 ? (ushort)0 : BinaryPrimitives.ReadUInt16BigEndian(hmtx[(index * 4)..]);
        }
        if (tables.ContainsKey("OS/2"))
        {
            var os2 = Table(font, tables, "OS/2", 78);
            var version = BinaryPrimitives.ReadUInt16BigEndian(os2);
            Weight = BinaryPrimitives.ReadUInt16BigEndian(os2[4..]);
            Ascent = BinaryPrimitives.ReadInt16BigEndian(os2[68..]);
            Descent = BinaryPrimitives.ReadInt16BigEndian(os2[70..]);
            FamilyClass = os2[30];
            CapHeight = version >= 2 && os2.Length >= 90 ? BinaryPrimitives.ReadInt16BigEndian(os2[88..]) : Ascent;
        }
        else
        {
            Weight = (macStyle & 1) != 0 ? 700 : 400;
            CapHeight = Ascent;
        }
        var post = Table(font, tables, "post", 16);
        ItalicAngle = BinaryPrimitives.ReadInt32BigEndian(post[4..]) / 65536.0;
        IsFixedPitch = BinaryPrimitives.ReadUInt32BigEndian(post[12..]) != 0;
        IsItalic = (macStyle & 2) != 0 || ItalicAngle != 0;
        PostScriptName = ReadPostScriptName(font, tables);
    }

    /// <summary>Font units per em.</summary>
    public int UnitsPerEm { get; }

    /// <summary>The number of glyphs (<c>maxp.numGlyphs</c>).</summary>
    public int GlyphCount { get; }

    /// <summary>The bounding box of all glyphs: left, bottom, right, top.</summary>
    public (int XMin, int YMin, int XMax, int YMax) BoundingBox { get; }

    /// <summary>The typographic ascent (OS/2, else hhea).</summary>
    public int Ascent { get; }

    /// <summary>The typographic descent, negative below the baseline.</summary>
    public int Descent { get; }

    /// <summary>The height of capital letters.</summary>
    public int CapHeight { get; }

    /// <summary>The weight class (400 regular, 700 bold).</summary>
    public int Weight { get; }

    /// <summary>The high byte of OS/2 sFamilyClass (1–7 are serif classes, 8 sans serif).</summary>
    public int FamilyClass { get; }

    /// <summary>The italic angle in degrees, counter-clockwise from vertical.</summary>
    public double ItalicAngle { get; }

    /// <summary>Whether the face is italic or oblique.</summary>
    public bool IsItalic { get; }

    /// <summary>Whether every glyph has the same advance.</summary>
    public bool IsFixedPitch { get; }

    /// <summary>The PostScript name (name ID 6), reduced to printable ASCII without spaces or delimiters.</summary>
    public string PostScriptName { get; }

    /// <summary>Reads a TrueType font.</summary>
    /// <exception cref="InvalidDataException">The bytes are not a TrueType font with the tables named above.</exception>
    public static OpenTypeFont Read(ReadOnlySpan<byte> font) => new(font);

    /// <summary>The advance width of <paramref name="glyph"/> in font units (0 past the last glyph).</summary>
    public int Advance(int glyph) => glyph < advances.Length ? advances[glyph] : 0;

    private static Dictionary<string, (int Offset, int Length)> ReadTableDirectory(ReadOnlySpan<byte> font)
    {
        if (font.Length < 12)
        {
            throw new InvalidDataException("The font is shorter than a table directory.");
        }
        var version = BinaryPrimitives.ReadUInt32BigEndian(font);
        if (version is not (0x00010000 or 0x74727565))
        {
            throw new InvalidDataException($"The font is not TrueType (sfnt version 0x{version:X8}); only TrueType outlines are embedded.");
        }
        var count = BinaryPrimitives.ReadUInt16BigEndian(font[4..]);
        var tables = new Dictionary<string, (int, int)>(count, StringComparer.Ordinal);
        for (var i = 0; i < count; i++)
        {
            var record = font.Slice(12 + (i * 16), 16);
            var tag = Encoding.ASCII.GetString(record[..4]);
            var offset = BinaryPrimitives.ReadUInt32BigEndian(record[8..]);
            var length = BinaryPrimitives.ReadUInt32BigEndian(record[12..]);
            if (offset + length > (uint)font.Length)
            {
                throw new InvalidDataException($"The font's '{tag}' table runs past the end of the file.");
            }
            tables[tag] = ((int)offset, (int)length);
        }
        return tables;
    }

    private static ReadOnlySpan<byte> Table(ReadOnlySpan<byte> font, Dictionary<string, (int Offset, int Length)> tables, string tag, int minimumLength)
    {
        if (!tables.TryGetValue(tag, out var table))
        {
            throw new InvalidDataException($"The font has no '{tag}' table.");
        }
        if (table.Length < minimumLength)
        {
            throw new InvalidDataException($"The font's '{tag}' table is {table.Length} bytes, shorter than the {minimumLength} read.");
        }
        return font.Slice(table.Offset, table.Length);
    }

    private static string ReadPostScriptName(ReadOnlySpan<byte> font, Dictionary<string, (int Offset, int Length)> tables)
    {
        if (!tables.ContainsKey("name"))
        {
            return "Font";
        }
        var name = Table(font, tables, "name", 6);
        var count = BinaryPrimitives.ReadUInt16BigEndian(name[2..]);
        var storage = BinaryPrimitives.ReadUInt16BigEndian(name[4..]);
        string? found = null;
        for (var i = 0; i < count && 6 + ((i + 1) * 12) <= name.Length; i++)
        {
            var record = name.Slice(6 + (i * 12), 12);
            var platform = BinaryPrimitives.ReadUInt16BigEndian(record);
            var nameId = BinaryPrimitives.ReadUInt16BigEndian(record[6..]);
            var length = BinaryPrimitives.ReadUInt16BigEndian(record[8..]);
            var offset = BinaryPrimitives.ReadUInt16BigEndian(record[10..]);
            if (nameId != 6 || storage + offset + length > name.Length)
            {
                continue;
            }
            var bytes = name.Slice(storage + offset, length);
            found = platform is 0 or 3 ? Encoding.BigEndianUnicode.GetString(bytes) : Encoding.Latin1.GetString(bytes);
            if (platform == 3)
            {
                break;
            }
        }
        var clean = new string((found ?? "Font").Where(c => c is > ' ' and <= '~' && !Syntax.PdfOutput.IsDelimiter((byte)c)).ToArray());
        return clean.Length == 0 ? "Font" : clean;
    }
}
