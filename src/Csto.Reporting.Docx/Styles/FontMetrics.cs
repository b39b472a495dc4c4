using Csto.Reporting.Fonts;

namespace Csto.Reporting.Docx.Styles;

/// <summary>
/// The natural line height of a font family (hhea ascender − descender + line gap, over units per em,
/// <see cref="FontFamily.LineHeight"/>), which Word and LibreOffice call single spacing. The theme gives line spacing
/// as a distance between baselines in multiples of the font size, so the DOCX multiple is the theme's divided by it.
/// </summary>
internal static class FontMetrics
{
    /// <summary>Single line height as a multiple of the font size, e.g. 1.15 for Liberation Serif (Times New Roman).</summary>
    public static double LineHeightRatio(FontFamily family) => family.LineHeight;

    /// <summary>The DOCX auto line multiple that puts baselines <paramref name="baselineMultiple"/> font sizes apart.</summary>
    public static double AutoMultiple(FontFamily family, double baselineMultiple) => baselineMultiple / LineHeightRatio(family);
}
