using System.Buffers.Binary;

namespace Csto.Reporting.Markdown.Conversion;

/// <summary>Reads the pixel size of a PNG (IHDR) or JPEG (first SOF marker) from its header.</summary>
internal static class ImagePixelSize
{
    /// <summary>The width and height in pixels, or null when the header cannot be read.</summary>
    public static (int Width, int Height)? Read(ReadOnlySpan<byte> data)
    {
        if (data.Length >= 24 && data[..8].SequenceEqual((ReadOnlySpan<byte>)[0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]))
        {
            var width = BinaryPrimitives.ReadInt32BigEndian(data[16..]);
            var height = BinaryPrimitives.ReadInt32BigEndian(data[20..]);
            return width > 0 && height > 0 ? (width, height) : null;
        }
        return data.Length >= 4 && data[0] == 0xFF && data[1] == 0xD8 && ReadJpeg(data) is var (w, h, _) ? (w, h) : null;
    }

    /// <summary>
    /// Whether a decoder must hold the whole picture to read it (an interlaced PNG, a progressive JPEG), so that it
    /// cannot be scaled down one row at a time within bounded memory.
    /// </summary>
    public static bool IsReadWhole(ReadOnlySpan<byte> data) =>
        data.Length >= 29 && data[0] == 0x89 ? data[28] == 1
        : data.Length >= 4 && data[0] == 0xFF && ReadJpeg(data) is (_, _, 0xC2 or 0xC6 or 0xCA or 0xCE);

    private static (int Width, int Height, byte Marker)? ReadJpeg(ReadOnlySpan<byte> data)
    {
        var position = 2;
        while (position + 4 <= data.Length)
        {
            if (data[position] != 0xFF)
            {
                return null;
            }
            var marker = data[position + 1];
            if (marker == 0xFF)
            {
                position++;
                continue;
            }
            if (marker is 0xD8 or 0x01 || marker is >= 0xD0 and <= 0xD7)
            {
                position += 2;
                continue;
            }
            var length = BinaryPrimitives.ReadUInt16BigEndian(data[(position + 2)..]);
            var isStartOfFrame = marker is >= 0xC0 and <= 0xCF and not 0xC4 and not 0xC8 and not 0xCC;
            if (isStartOfFrame && position + 9 <= data.Length)
            {
                int height = BinaryPrimitives.ReadUInt16BigEndian(data[(position + 5)..]);
                int width = BinaryPrimitives.ReadUInt16BigEndian(data[(position + 7)..]);
                return width > 0 && height > 0 ? (width, height, marker) : null;
            }
            position += 2 + length;
        }
        return null;
    }
}
