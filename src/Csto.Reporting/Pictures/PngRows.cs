using System.Buffers.Binary;
using System.IO.Compression;

namespace Csto.Reporting.Pictures;

/// <summary>
/// Reads a non-interlaced PNG one row at a time as 8-bit RGBA (PNG specification, 3rd edition: chunks, zlib image
/// data, the five row filters, colour types 0, 2, 3, 4 and 6 at every bit depth, <c>tRNS</c> transparency; 16-bit
/// samples keep their high byte). Memory holds two rows and the compressed data, never the decoded picture.
/// </summary>
internal sealed class PngRows : IDisposable
{
    private readonly ZLibStream inflater;
    private readonly int colourType;
    private readonly int bitDepth;
    private readonly int channels;
    private readonly int filterStep;
    private readonly byte[] palette = new byte[256 * 4];
    private readonly int[]? transparentKey;
    private byte[] previous;
    private byte[] current;
    private int row;

    /// <summary>Reads the chunks of <paramref name="png"/> (a whole PNG, checked by <c>PictureIntegrity</c>).</summary>
    /// <exception cref="InvalidDataException">The PNG is interlaced or its header is not one the format allows.</exception>
    public PngRows(ReadOnlySpan<byte> png)
    {
        var compressed = new MemoryStream();
        byte[]? alphas = null;
        byte[]? key = null;
        for (var position = 8; position + 12 <= png.Length;)
        {
            var length = (int)BinaryPrimitives.ReadUInt32BigEndian(png[position..]);
            var type = png.Slice(position + 4, 4);
            var body = png.Slice(position + 8, length);
            if (type.SequenceEqual("IHDR"u8))
            {
                (Width, Height, bitDepth, colourType) = (BinaryPrimitives.ReadInt32BigEndian(body), BinaryPrimitives.ReadInt32BigEndian(body[4..]), body[8], body[9]);
                if (body[12] != 0)
                {
                    throw new InvalidDataException("it is interlaced");
                }
            }
            else if (type.SequenceEqual("PLTE"u8))
            {
                for (var i = 0; i < length / 3 && i < 256; i++)
                {
                    (palette[i * 4], palette[i * 4 + 1], palette[i * 4 + 2], palette[i * 4 + 3]) = (body[i * 3], body[i * 3 + 1], body[i * 3 + 2], 255);
                }
            }
            else if (type.SequenceEqual("tRNS"u8))
            {
                if (colourType == 3)
                {
                    alphas = body.ToArray();
                }
                else
                {
                    key = body.ToArray();
                }
            }
            else if (type.SequenceEqual("IDAT"u8))
            {
                compressed.Write(body);
            }
            position += 12 + length;
        }
        channels = colourType switch { 0 => 1, 2 => 3, 3 => 1, 4 => 2, 6 => 4, _ => throw new InvalidDataException($"its colour type {colourType} is unknown") };
        if (bitDepth is not (1 or 2 or 4 or 8 or 16) || (bitDepth < 8 && colourType is not (0 or 3)) || Width <= 0 || Height <= 0)
        {
            throw new InvalidDataException($"its header names bit depth {bitDepth} for colour type {colourType}");
        }
        for (var i = 0; alphas is not null && i < alphas.Length && i < 256; i++)
        {
            palette[i * 4 + 3] = alphas[i];
        }
        if (key is not null && colourType is 0 or 2 && key.Length >= 2 * channels)
        {
            transparentKey = [.. Enumerable.Range(0, channels).Select(c => (int)BinaryPrimitives.ReadUInt16BigEndian(key.AsSpan(c * 2)))];
        }
        Opaque = colourType is 0 or 2 && transparentKey is null || colourType == 3 && alphas is null;
        filterStep = Math.Max(1, channels * bitDepth / 8);
        var stride = (int)(((long)Width * channels * bitDepth + 7) / 8);
        previous = new byte[stride];
        current = new byte[stride];
        compressed.Position = 0;
        inflater = new ZLibStream(compressed, CompressionMode.Decompress);
    }

    /// <summary>The width in pixels.</summary>
    public int Width { get; }

    /// <summary>The height in pixels.</summary>
    public int Height { get; }

    /// <summary>Whether every pixel is opaque (no alpha channel and no <c>tRNS</c>).</summary>
    public bool Opaque { get; }

    /// <summary>Decodes the next row into <paramref name="rgba"/> (<see cref="Width"/> × 4 bytes).</summary>
    /// <exception cref="InvalidDataException">The image data ends early or names an unknown filter.</exception>
    public void Next(Span<byte> rgba)
    {
        var filter = inflater.ReadByte();
        if (filter < 0 || inflater.ReadAtLeast(current, current.Length, throwOnEndOfStream: false) < current.Length)
        {
            throw new InvalidDataException($"its image data ends before row {row + 1}");
        }
        Unfilter(filter);
        for (var x = 0; x < Width; x++)
        {
            var pixel = rgba.Slice(x * 4, 4);
            switch (colourType)
            {
                case 3:
                    palette.AsSpan(Sample(x, 0) * 4, 4).CopyTo(pixel);
                    break;
                case 0 or 4:
                    var grey = Byte(x, 0);
                    (pixel[0], pixel[1], pixel[2]) = (grey, grey, grey);
                    pixel[3] = colourType == 4 ? Byte(x, 1) : Keyed(x) ? (byte)0 : (byte)255;
                    break;
                default:
                    (pixel[0], pixel[1], pixel[2]) = (Byte(x, 0), Byte(x, 1), Byte(x, 2));
                    pixel[3] = colourType == 6 ? Byte(x, 3) : Keyed(x) ? (byte)0 : (byte)255;
                    break;
            }
        }
        (previous, current) = (current, previous);
        row++;
    }

    /// <inheritdoc />
    public void Dispose() => inflater.Dispose();

    /// <summary>Sample <paramref name="channel"/> of pixel <paramref name="x"/> at the file's bit depth.</summary>
    private int Sample(int x, int channel)
    {
        if (bitDepth == 8)
        {
            return current[x * channels + channel];
        }
        if (bitDepth == 16)
        {
            return BinaryPrimitives.ReadUInt16BigEndian(current.AsSpan((x * channels + channel) * 2));
        }
        var bit = x * bitDepth;
        return (current[bit / 8] >> (8 - bitDepth - bit % 8)) & ((1 << bitDepth) - 1);
    }

    /// <summary>A sample scaled to 8 bits (a grey level of 1, 2 or 4 bits spread over 0–255; 16 bits keep the high byte).</summary>
    private byte Byte(int x, int channel) => bitDepth switch
    {
        8 => current[x * channels + channel],
        16 => current[(x * channels + channel) * 2],
        _ => (byte)(Sample(x, channel) * 255 / ((1 << bitDepth) - 1)),
    };

    private bool Keyed(int x)
    {
        if (transparentKey is null)
        {
            return false;
        }
        for (var c = 0; c < channels; c++)
        {
            if (Sample(x, c) != transparentKey[c])
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>Undoes the row's filter (None, Sub, Up, Average, Paeth) against the previous row.</summary>
    private void Unfilter(int filter)
    {
        for (var i = 0; i < current.Length; i++)
        {
            int left = i >= filterStep ? current[i - filterStep] : 0;
            int up = row > 0 ? previous[i] : 0;
            int upLeft = row > 0 && i >= filterStep ? previous[i - filterStep] : 0;
            current[i] = filter switch
            {
                0 => current[i],
                1 => (byte)(current[i] + left),
                2 => (byte)(current[i] + up),
                3 => (byte)(current[i] + (left + up) / 2),
                4 => (byte)(current[i] + Paeth(left, up, upLeft)),
                _ => throw new InvalidDataException($"its row {row + 1} names the unknown filter {filter}"),
            };
        }
    }

    private static int Paeth(int a, int b, int c)
    {
        var p = a + b - c;
        var (pa, pb, pc) = (Math.Abs(p - a), Math.Abs(p - b), Math.Abs(p - c));
        return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
    }
}
