using SkiaSharp;

namespace Csto.Testing;

/// <summary>How much two renderings of a page may differ and still count as the same.</summary>
/// <param name="ChannelThreshold">A pixel differs when any channel differs by more than this (0–255).</param>
/// <param name="MaxDifferingFraction">The share of differing pixels allowed (0–1).</param>
public sealed record ImageTolerance(int ChannelThreshold, double MaxDifferingFraction)
{
    /// <summary>Tolerates anti-aliasing noise: channels within 64, at most 0.2 % of pixels beyond.</summary>
    public static ImageTolerance Default { get; } = new(64, 0.002);
}

/// <summary>Compares two PNG images pixel by pixel.</summary>
public static class ImageComparer
{
    /// <summary>Returns null when the images match within the tolerance, else what differs.</summary>
    public static string? Compare(byte[] expectedPng, byte[] actualPng, ImageTolerance tolerance)
    {
        ArgumentNullException.ThrowIfNull(tolerance);
        using var expected = SKBitmap.Decode(expectedPng) ?? throw new InvalidDataException("The verified PNG cannot be decoded.");
        using var actual = SKBitmap.Decode(actualPng) ?? throw new InvalidDataException("The received PNG cannot be decoded.");
        if (expected.Width != actual.Width || expected.Height != actual.Height)
        {
            return $"size {actual.Width}×{actual.Height}, verified {expected.Width}×{expected.Height}";
        }
        long differing = 0;
        for (var y = 0; y < expected.Height; y++)
        {
            for (var x = 0; x < expected.Width; x++)
            {
                var a = expected.GetPixel(x, y);
                var b = actual.GetPixel(x, y);
                if (Math.Abs(a.Red - b.Red) > tolerance.ChannelThreshold
                    || Math.Abs(a.Green - b.Green) > tolerance.ChannelThreshold
                    || Math.Abs(a.Blue - b.Blue) > tolerance.ChannelThreshold
                    || Math.Abs(a.Alpha - b.Alpha) > tolerance.ChannelThreshold)
                {
                    differing++;
                }
            }
        }
        var fraction = (double)differing / ((long)expected.Width * expected.Height);
        return fraction <= tolerance.MaxDifferingFraction
            ? null
            : FormattableString.Invariant($"{differing} pixels ({fraction:P2}) differ beyond the tolerance of {tolerance.ChannelThreshold}");
    }
}
