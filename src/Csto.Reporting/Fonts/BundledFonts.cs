using System.Collections.Concurrent;

namespace Csto.Reporting.Fonts;

/// <summary>
/// The font files bundled in this assembly (Liberation Serif and Sans, PT Serif and Sans, four faces each).
/// Files are read once and shared; no font installed on the machine is ever used.
/// </summary>
public static class BundledFonts
{
    private static readonly ConcurrentDictionary<string, byte[]> Cache = new(StringComparer.Ordinal);

    /// <summary>The families bundled, in fallback order for characters a theme's fonts lack.</summary>
    public static IReadOnlyList<FontFamily> Families { get; } =
        [FontFamily.LiberationSerif, FontFamily.LiberationSans, FontFamily.PTSerif, FontFamily.PTSans];

    /// <summary>Returns the bytes of one face of a bundled family.</summary>
    /// <exception cref="ArgumentException">The family is not bundled.</exception>
    public static ReadOnlyMemory<byte> Load(FontFamily family, FontFace face)
    {
        ArgumentNullException.ThrowIfNull(family);
        var resource = "Csto.Reporting.Fonts." + family.FileName(face);
        return Cache.GetOrAdd(resource, static name =>
        {
            using var stream = typeof(BundledFonts).Assembly.GetManifestResourceStream(name)
                ?? throw new ArgumentException($"The font '{name}' is not bundled; bundled families: {string.Join(", ", Families.Select(f => f.Name))}.");
            var bytes = new byte[stream.Length];
            stream.ReadExactly(bytes);
            return bytes;
        });
    }
}
