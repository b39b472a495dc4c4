using System.Buffers.Binary;
using System.Text;

namespace Csto.Reporting.Fonts;

/// <summary>
/// What the library reads from a TrueType or OpenType file itself (the table directory, <c>name</c>, <c>head</c>,
/// <c>hhea</c> and <c>OS/2</c>, after the OpenType 1.9 specification): the family name, the face, the embedding
/// permission and the natural line height. Shaping and drawing read the font through HarfBuzz and Skia.
/// </summary>
internal sealed class OpenTypeFile
{
    private static readonly string[] RequiredTables = ["cmap", "head", "hhea", "hmtx", "maxp", "name"];

    private OpenTypeFile(string familyName, FontFace face, bool embeddable, double lineHeight)
    {
        FamilyName = familyName;
        Face = face;
        Embeddable = embeddable;
        LineHeight = lineHeight;
    }

    /// <summary>The family name: the typographic family (name ID 16) when present, otherwise name ID 1.</summary>
    public string FamilyName { get; }

    /// <summary>The face, from <c>OS/2.fsSelection</c> (bold bit 5, italic bit 0), or <c>head.macStyle</c> without OS/2.</summary>
    public FontFace Face { get; }

    /// <summary>Whether <c>OS/2.fsType</c> allows embedding in documents (not «restricted licence embedding»).</summary>
    public bool Embeddable { get; }

    /// <summary>hhea ascender − descender + line gap over units per em: single line spacing as a multiple of the size.</summary>
    public double LineHeight { get; }

    /// <summary>Reads the facts above from the bytes of a font file.</summary>
    /// <exception cref="InvalidDataException">The bytes are not a single TrueType or OpenType font; the message says what is wrong.</exception>
    public static OpenTypeFile Read(ReadOnlySpan<byte> font)
    {
        if (font.Length < 12)
        {
            throw new InvalidDataException($"is not a font file: {font.Length} bytes, shorter than an OpenType header.");
        }
        var version = BinaryPrimitives.ReadUInt32BigEndian(font);
        switch (version)
        {
            case 0x00010000 or 0x4F54544F or 0x74727565: // 1.0, 'OTTO', 'true'
                break;
            case 0x74746366: // 'ttcf'
                throw new InvalidDataException("is a font collection (TTC); give the single fonts (TTF or OTF) instead.");
            case 0x774F4646 or 0x774F4632: // 'wOFF', 'wOF2'
                throw new InvalidDataException("is a WOFF web font; give the TTF or OTF file instead.");
            default:
                throw new InvalidDataException($"is not a TrueType or OpenType font (it starts with 0x{version:X8}).");
        }
        var count = BinaryPrimitives.ReadUInt16BigEndian(font[4..]);
        if (font.Length < 12 + 16 * count)
        {
            throw new InvalidDataException($"is truncated: its table directory lists {count} tables but the file has {font.Length} bytes.");
        }
        var missing = new List<string>();
        foreach (var tag in RequiredTables)
        {
            if (Find(font, count, tag).Length == 0)
            {
                missing.Add(tag);
            }
        }
        if (Find(font, count, "glyf").Length == 0 && Find(font, count, "CFF ").Length == 0 && Find(font, count, "CFF2").Length == 0)
        {
            missing.Add("glyf or CFF");
        }
        if (missing.Count > 0)
        {
            throw new InvalidDataException($"is not a usable font: it has no {string.Join(", ", missing.Select(t => $"'{t}'"))} table.");
        }
        var head = Table(font, count, "head", 54);
        var hhea = Table(font, count, "hhea", 36);
        var unitsPerEm = BinaryPrimitives.ReadUInt16BigEndian(head[18..]);
        if (unitsPerEm is < 16 or > 16384)
        {
            throw new InvalidDataException($"is not a usable font: head.unitsPerEm is {unitsPerEm}, outside 16 to 16384.");
        }
        var lineHeight = (BinaryPrimitives.ReadInt16BigEndian(hhea[4..]) - BinaryPrimitives.ReadInt16BigEndian(hhea[6..])
            + BinaryPrimitives.ReadInt16BigEndian(hhea[8..])) / (double)unitsPerEm;
        var os2 = Find(font, count, "OS/2");
        FontFace face;
        var embeddable = true;
        if (os2.Length >= 64)
        {
            var selection = BinaryPrimitives.ReadUInt16BigEndian(os2[62..]);
            face = FontFaces.Of((selection & 0x20) != 0, (selection & 0x01) != 0);
            embeddable = (BinaryPrimitives.ReadUInt16BigEndian(os2[8..]) & 0x000F) != 0x0002;
        }
        else
        {
            var macStyle = BinaryPrimitives.ReadUInt16BigEndian(head[44..]);
            face = FontFaces.Of((macStyle & 0x01) != 0, (macStyle & 0x02) != 0);
        }
        var name = Table(font, count, "name", 6);
        var family = Name(name, 16) ?? Name(name, 1)
            ?? throw new InvalidDataException("has no family name (name IDs 1 and 16 are missing from its 'name' table).");
        return new OpenTypeFile(family, face, embeddable, lineHeight);
    }

    // A Windows Unicode record in US English first, then any Windows Unicode record, then Macintosh Roman (ASCII part).
    private static string? Name(ReadOnlySpan<byte> table, int nameId)
    {
        var count = BinaryPrimitives.ReadUInt16BigEndian(table[2..]);
        var storage = BinaryPrimitives.ReadUInt16BigEndian(table[4..]);
        string? windows = null, mac = null;
        for (var i = 0; i < count && 6 + 12 * (i + 1) <= table.Length; i++)
        {
            var record = table.Slice(6 + 12 * i, 12);
            if (BinaryPrimitives.ReadUInt16BigEndian(record[6..]) != nameId)
            {
                continue;
            }
            var platform = BinaryPrimitives.ReadUInt16BigEndian(record);
            var encoding = BinaryPrimitives.ReadUInt16BigEndian(record[2..]);
            var language = BinaryPrimitives.ReadUInt16BigEndian(record[4..]);
            var length = BinaryPrimitives.ReadUInt16BigEndian(record[8..]);
            var offset = storage + BinaryPrimitives.ReadUInt16BigEndian(record[10..]);
            if (offset + length > table.Length)
            {
                continue;
            }
            var bytes = table.Slice(offset, length);
            if (platform == 3 && encoding is 1 or 10)
            {
                var text = Encoding.BigEndianUnicode.GetString(bytes).Trim();
                if (text.Length > 0 && (windows is null || language == 0x0409))
                {
                    windows = text;
                }
            }
            else if (platform == 1 && encoding == 0 && mac is null)
            {
                mac = Encoding.ASCII.GetString(bytes).Trim();
            }
        }
        return windows ?? (string.IsNullOrEmpty(mac) ? null : mac);
    }

    private static ReadOnlySpan<byte> Table(ReadOnlySpan<byte> font, int count, string tag, int minimumLength)
    {
        var table = Find(font, count, tag);
        return table.Length >= minimumLength
            ? table
            : throw new InvalidDataException($"is not a usable font: its '{tag}' table is {table.Length} bytes, shorter than {minimumLength}.");
    }

    private static ReadOnlySpan<byte> Find(ReadOnlySpan<byte> font, int count, string tag)
    {
        for (var i = 0; i < count; i++)
        {
            var record = font.Slice(12 + 16 * i, 16);
            if (record[0] == tag[0] && record[1] == tag[1] && record[2] == tag[2] && record[3] == tag[3])
            {
                var offset = BinaryPrimitives.ReadUInt32BigEndian(record[8..]);
                var length = BinaryPrimitives.ReadUInt32BigEndian(record[12..]);
                if (offset > (uint)font.Length || length > (uint)font.Length - offset)
                {
                    throw new InvalidDataException($"is truncated: its '{tag}' table runs past the end of the file.");
                }
                return font.Slice((int)offset, (int)length);
            }
        }
        return [];
    }
}
