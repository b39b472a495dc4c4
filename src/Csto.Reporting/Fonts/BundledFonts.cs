using System.Collections.Concurrent;

namespace Csto.Reporting.Fonts;

/// <summary>
/// The font families bundled in this assembly, each with its licence in <c>licenses/</c> of the package: Liberation
/// Serif and Sans, PT Serif and Sans (four faces each), Noto Serif and Sans Armenian and Georgian (regular and bold)
/// and Noto Serif cut down to symbols (four faces). Files are read in place from the loaded assembly, never copied.
/// </summary>
public static class BundledFonts
{
    private static readonly ConcurrentDictionary<string, ReadOnlyMemory<byte>> Cache = new(StringComparer.Ordinal);

    /// <summary>Every bundled family.</summary>
    public static IReadOnlyList<FontFamily> Families { get; } =
    [
        FontFamily.LiberationSerif, FontFamily.LiberationSans, FontFamily.PTSerif, FontFamily.PTSans,
        FontFamily.NotoSerifArmenian, FontFamily.NotoSansArmenian, FontFamily.NotoSerifGeorgian, FontFamily.NotoSansGeorgian,
        FontFamily.NotoSerifSymbols,
    ];

    /// <summary>
    /// The fallback chain of serif themes: the Liberation and PT families, then Noto Serif Armenian, Noto Serif Georgian
    /// and the Noto Serif symbols.
    /// </summary>
    public static IReadOnlyList<FontFamily> SerifFallbacks { get; } =
    [
        FontFamily.LiberationSerif, FontFamily.LiberationSans, FontFamily.PTSerif, FontFamily.PTSans,
        FontFamily.NotoSerifArmenian, FontFamily.NotoSerifGeorgian, FontFamily.NotoSerifSymbols,
    ];

    /// <summary>
    /// The fallback chain of sans themes: the Liberation and PT families (sans first), then Noto Sans Armenian, Noto Sans
    /// Georgian and the Noto Serif symbols.
    /// </summary>
    public static IReadOnlyList<FontFamily> SansFallbacks { get; } =
    [
        FontFamily.LiberationSans, FontFamily.LiberationSerif, FontFamily.PTSans, FontFamily.PTSerif,
        FontFamily.NotoSansArmenian, FontFamily.NotoSansGeorgian, FontFamily.NotoSerifSymbols,
    ];

    /// <summary>The bytes of a bundled file, e.g. <c>PTSerif-Bold.ttf</c>.</summary>
    internal static ReadOnlyMemory<byte> Read(string fileName) =>
        Cache.GetOrAdd("Csto.Reporting.Fonts." + fileName, static name => ResourceMemory.Of(
            typeof(BundledFonts).Assembly.GetManifestResourceStream(name)
                ?? throw new InvalidOperationException($"The bundled font resource '{name}' is missing from the assembly.")));
}
