using Csto.Domain.Catalog;
using Csto.Reporting.Fonts;
using Csto.Reporting.Themes;
using Csto.Reporting.Typography;

namespace Csto.Reporting.Generation;

/// <summary>Options of a <see cref="ReportGenerator"/>.</summary>
public sealed record ReportGeneratorOptions
{
    /// <summary>The default options: every typography rule, the ГОСТ theme, the embedded catalog.</summary>
    public static ReportGeneratorOptions Default { get; } = new();

    /// <summary>Which typography rules are applied to every document built; <see cref="TypographyOptions.All"/> by default.</summary>
    public TypographyOptions Typography { get; init; } = TypographyOptions.All;

    /// <summary>The theme used when neither the render options nor the document (its template) name one.</summary>
    public Theme DefaultTheme { get; init; } = BuiltInThemes.Gost;

    /// <summary>
    /// The user's fonts, applied to the theme the generator picks when no render options are given (the document's
    /// or <see cref="DefaultTheme"/>); <see cref="ThemeFonts.None"/> by default.
    /// </summary>
    public ThemeFonts Fonts { get; init; } = ThemeFonts.None;

    /// <summary>The reference catalog records are validated against and templates see; <see cref="CstoCatalog.Default"/> when null.</summary>
    public CstoCatalog? Catalog { get; init; }
}
