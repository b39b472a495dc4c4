using System.Buffers.Binary;
using System.IO.Compression;

namespace Csto.Reporting.Markdown.Conversion;

/// <summary>
/// Checks that a PNG or JPEG picture is whole before any renderer sees it, so that a damaged file is an input
/// problem at the image's line rather than a failure inside a writer: a PNG's chunks must carry their CRC-32,
/// start with IHDR and end with IEND, and its image data must inflate to exactly the bytes its header promises; a
/// JPEG's segments must be well formed up to the scan, and the scan must end with EOI.
/// </summary>
internal static class PictureIntegrity
{
    private static readonly uint[] CrcTable = MakeCrcTable();

    /// <summary>What is wrong with the picture, as a clause («its image data is cut short»); null when it is whole.</summary>
    public static string? Problem(ReadOnlySpan<byte> data) =>
        data.Length >= 8 && data[0] == 0x89 && data[1] == (byte)'P' ? Png(data)
        : data.Length >= 2 && data[0] == 0xFF && data[1] == 0xD8 ? Jpeg(data)
        : null;

    private static string? Png(ReadOnlySpan<byte> data)
    {
        var position = 8;
        var idat = new MemoryStream();
        (int Width, int Height, int BitDepth, int ColourType, bool Interlaced)? header = null;
        while (true)
        {
            if (position + 12 > data.Length)
            {
                return "the PNG file is cut short (it has no IEND chunk)";
            }
            var length = BinaryPrimitives.ReadUInt32BigEndian(data[position..]);
            if (length > int.MaxValue || position + 12 + (long)length > data.Length)
            {
                return $"the PNG file is cut short inside a chunk at byte {position}";
            }
            var type = data.Slice(position + 4, 4);
            var body = data.Slice(position + 8, (int)length);
            var crc = BinaryPrimitives.ReadUInt32BigEndian(data[(position + 8 + (int)length)..]);
            if (Crc(data.Slice(position + 4, 4 + (int)length)) != crc)
            {
                return $"the PNG chunk {System.Text.Encoding.ASCII.GetString(type)} at byte {position} is damaged (its CRC does not match)";
            }
            if (header is null && !type.SequenceEqual("IHDR"u8))
            {
                return "the PNG file does not start with its IHDR header";
            }
            if (type.SequenceEqual("IHDR"u8) && length >= 13)
            {
                header = (BinaryPrimitives.ReadInt32BigEndian(body), BinaryPrimitives.ReadInt32BigEndian(body[4..]), body[8], body[9], body[12] == 1);
            }
            else if (type.SequenceEqual("IDAT"u8))
            {
                idat.Write(body);
            }
            else if (type.SequenceEqual("IEND"u8))
            {
                break;
            }
            position += 12 + (int)length;
        }
        if (header is not { } h)
        {
            return "the PNG file has no IHDR header";
        }
        var expected = ImageDataLength(h.Width, h.Height, h.BitDepth, h.ColourType, h.Interlaced);
        if (expected is null)
        {
            return $"the PNG header names an unknown colour type {h.ColourType} or bit depth {h.BitDepth}";
        }
        idat.Position = 0;
        try
        {
            using var inflater = new ZLibStream(idat, CompressionMode.Decompress);
            var buffer = new byte[64 * 1024];
            long inflated = 0;
            int read;
            while ((read = inflater.Read(buffer)) > 0)
            {
                inflated += read;
                if (inflated > expected)
                {
                    return "its image data is longer than its header says";
                }
            }
            return inflated < expected ? "its image data is cut short or damaged (fewer pixels than its header says)" : null;
        }
        catch (InvalidDataException)
        {
            return "its image data is damaged (the compressed IDAT stream cannot be read)";
        }
    }

    /// <summary>The bytes the filtered scanlines of a PNG take (one filter byte per row, per Adam7 pass when interlaced).</summary>
    private static long? ImageDataLength(int width, int height, int bitDepth, int colourType, bool interlaced)
    {
        int? channels = colourType switch { 0 => 1, 2 => 3, 3 => 1, 4 => 2, 6 => 4, _ => null };
        if (channels is null || bitDepth is not (1 or 2 or 4 or 8 or 16) || width <= 0 || height <= 0)
        {
            return null;
        }
        long Rows(long w, long h) => w == 0 || h == 0 ? 0 : h * (1 + ((w * channels.Value * bitDepth) + 7) / 8);
        if (!interlaced)
        {
            return Rows(width, height);
        }
        // Adam7: start column and row, column and row step of each pass.
        (int X, int Y, int Dx, int Dy)[] passes = [(0, 0, 8, 8), (4, 0, 8, 8), (0, 4, 4, 8), (2, 0, 4, 4), (0, 2, 2, 4), (1, 0, 2, 2), (0, 1, 1, 2)];
        return passes.Sum(p => Rows(Math.Max(0, (width - p.X + p.Dx - 1) / p.Dx), Math.Max(0, (height - p.Y + p.Dy - 1) / p.Dy)));
    }

    private static string? Jpeg(ReadOnlySpan<byte> data)
    {
        var position = 2;
        while (true)
        {
            if (position + 4 > data.Length)
            {
                return "the JPEG file is cut short before its image data";
            }
            if (data[position] != 0xFF)
            {
                return $"the JPEG file is damaged at byte {position} (a segment marker is missing)";
            }
            var marker = data[position + 1];
            if (marker is 0xFF or 0x01 or (>= 0xD0 and <= 0xD7))
            {
                position += marker == 0xFF ? 1 : 2;
                continue;
            }
            var length = BinaryPrimitives.ReadUInt16BigEndian(data[(position + 2)..]);
            if (length < 2 || position + 2 + length > data.Length)
            {
                return $"the JPEG file is cut short inside a segment at byte {position}";
            }
            position += 2 + length;
            if (marker == 0xDA)
            {
                break;
            }
        }
        // The entropy-coded scans follow; a whole file ends with EOI (FF D9), possibly followed by padding.
        var end = data[position..].LastIndexOf((ReadOnlySpan<byte>)[0xFF, 0xD9]);
        return end < 0 ? "the JPEG file is cut short (its image data has no end marker)" : null;
    }

    private static uint Crc(ReadOnlySpan<byte> bytes)
    {
        var crc = 0xFFFFFFFFu;
        foreach (var b in bytes)
        {
            crc = CrcTable[(crc ^ b) & 0xFF] ^ (crc >> 8);
        }
        return crc ^ 0xFFFFFFFFu;
    }

    private static uint[] MakeCrcTable()
    {
        var table = new uint[256];
        for (var n = 0u; n < 256; n++)
        {
            var c = n;
            for (var k = 0; k < 8; k++)
            {
                c = (c & 1) != 0 ? 0xEDB88320u ^ (c >> 1) : c >> 1;
            }
            table[n] = c;
        }
        return table;
    }
}
