using Csto.Reporting.Documents;
using Csto.Reporting.Fonts;

namespace Csto.Reporting.Themes;

/// <summary>The built-in themes.</summary>
public static class BuiltInThemes
{
    private const string GostName = "gost";
    private const string ModernName = "modern";

    /// <summary>The name of the theme a template or document gets when it names none: <see cref="Gost"/>'s.</summary>
    internal const string DefaultName = GostName;

    /// <summary>
    /// The default house style after ГОСТ Р 7.0.97-2025 / 2016: A4, margins 30/10/20/20 mm, 14 pt serif
    /// metric-compatible with Times New Roman, first-line indent 1.25 cm, justified and hyphenated body,
    /// page numbers centred at the top from the second page.
    /// </summary>
    public static Theme Gost { get; } = new()
    {
        Name = GostName,
        Description = "ГОСТ Р 7.0.97: A4, Liberation Serif (Times New Roman) 14 pt, поля 30/10/20/20 мм",
        PageSetup = PageSetup.A4Gost,
        BodyFont = FontFamily.LiberationSerif,
        HeadingFont = FontFamily.LiberationSerif,
        BodyFontSize = 14,
        LineSpacing = 1.15,
        FirstLineIndent = Length.FromCentimetres(1.25),
        ParagraphSpacing = 0,
        TitleFontSize = 16,
        SubtitleFontSize = 14,
        FootnoteFontSize = 10,
        TableFontSize = 12,
        TableContinuationLabels = true,
        GlyphExpansion = 0.02,
        Headings =
        [
            new HeadingStyle(14, Bold: true, TextAlignment.Center, SpaceBefore: 12, SpaceAfter: 6),
            new HeadingStyle(14, Bold: true, TextAlignment.Left, SpaceBefore: 12, SpaceAfter: 6),
            new HeadingStyle(14, Bold: true, TextAlignment.Left, SpaceBefore: 6, SpaceAfter: 3, Italic: true),
            new HeadingStyle(14, Bold: false, TextAlignment.Left, SpaceBefore: 6, SpaceAfter: 3, Italic: true),
        ],
        PageNumbers = new PageNumbering { Position = PageNumberPosition.TopCenter, OnFirstPage = false, Format = "{page}", FontSize = 12 },
    };

    /// <summary>
    /// A modern style: A4, margins 25/20/20/25 mm, PT Serif 12 pt body with PT Sans headings in dark blue,
    /// space between paragraphs, page numbers at the bottom right as «page X of Y», charts in PT Sans in the
    /// headings' dark blue and the rules' grey-blue.
    /// </summary>
    public static Theme Modern { get; } = new()
    {
        Name = ModernName,
        Description = "Современный: A4, PT Serif 12 pt, заголовки PT Sans, нумерация «X из Y» внизу",
        PageSetup = new PageSetup(Length.FromMillimetres(210), Length.FromMillimetres(297), new Margins(
            Top: Length.FromMillimetres(25), Right: Length.FromMillimetres(20), Bottom: Length.FromMillimetres(20), Left: Length.FromMillimetres(25))),
        BodyFont = FontFamily.PTSerif,
        HeadingFont = FontFamily.PTSans,
        BodyFontSize = 12,
        LineSpacing = 1.3,
        FirstLineIndent = Length.FromCentimetres(1),
        ParagraphSpacing = 4,
        TitleFontSize = 20,
        SubtitleFontSize = 14,
        FootnoteFontSize = 9,
        TableFontSize = 10.5,
        Ligatures = true,
        HeadingColor = "#1F3A5F",
        RuleColor = "#7F8FA6",
        ChartFont = FontFamily.PTSans,
        ChartColors = ["#1F3A5F", "#5B8DB8", "#C8743C", "#6E8B3D", "#8C8C8C", "#D8B365"],
        Headings =
        [
            new HeadingStyle(16, Bold: true, TextAlignment.Left, SpaceBefore: 18, SpaceAfter: 8),
            new HeadingStyle(13, Bold: true, TextAlignment.Left, SpaceBefore: 12, SpaceAfter: 6),
            new HeadingStyle(12, Bold: true, TextAlignment.Left, SpaceBefore: 8, SpaceAfter: 4),
            new HeadingStyle(12, Bold: false, TextAlignment.Left, SpaceBefore: 6, SpaceAfter: 3, Italic: true),
        ],
        PageNumbers = new PageNumbering { Position = PageNumberPosition.BottomRight, OnFirstPage = false, Format = "{page} из {pages}", FontSize = 9 },
    };

    /// <summary>Every built-in theme.</summary>
    public static IReadOnlyList<Theme> All { get; } = [Gost, Modern];

    /// <summary>The names of the built-in themes, comma-separated, for messages.</summary>
    public static string Names => string.Join(", ", All.Select(t => t.Name));

    /// <summary>Finds a built-in theme by name (case-insensitive).</summary>
    /// <exception cref="ArgumentException">No theme has that name; the message lists the names.</exception>
    public static Theme ByName(string name) =>
        TryGet(name, out var theme)
            ? theme
            : throw new ArgumentException($"Unknown theme '{name}'; expected one of: {Names}.", nameof(name));

    /// <summary>
    /// Whether a built-in theme has the name (case-insensitive), as <see cref="TryGet"/> answers, without building
    /// the themes: checking a template's or a front matter's theme must not cost a listing of templates their set-up.
    /// </summary>
    internal static bool Exists(string? name) =>
        string.Equals(name, GostName, StringComparison.OrdinalIgnoreCase) || string.Equals(name, ModernName, StringComparison.OrdinalIgnoreCase);

    /// <summary>Finds a built-in theme by name (case-insensitive); false when none has it.</summary>
    public static bool TryGet(string? name, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out Theme? theme)
    {
        theme = All.FirstOrDefault(t => string.Equals(t.Name, name, StringComparison.OrdinalIgnoreCase));
        return theme is not null;
    }
}
