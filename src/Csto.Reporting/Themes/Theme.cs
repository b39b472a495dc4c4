using Csto.Reporting.Documents;
using Csto.Reporting.Fonts;

namespace Csto.Reporting.Themes;

/// <summary>
/// How a document looks: page, fonts, sizes, spacing, headings and page numbers. Both renderers read the same
/// theme, so the PDF and the DOCX agree. All lengths are in points.
/// </summary>
public sealed record Theme
{
    /// <summary>The theme's name, as templates and the console refer to it (<c>gost</c>, <c>modern</c>).</summary>
    public required string Name { get; init; }

    /// <summary>A one-line description for listings.</summary>
    public string Description { get; init; } = string.Empty;

    /// <summary>Page size and margins of every section that sets none.</summary>
    public required PageSetup PageSetup { get; init; }

    /// <summary>The family of running text.</summary>
    public required FontFamily BodyFont { get; init; }

    /// <summary>The family of headings and titles.</summary>
    public required FontFamily HeadingFont { get; init; }

    /// <summary>
    /// The families tried, in order, for each character the text's own family has no glyph for (Armenian, Georgian,
    /// symbols such as ⁻ and ℃), in the nearest face to the text's (<see cref="FontFamily.Nearest"/>);
    /// <see cref="BundledFonts.SerifFallbacks"/> by default. A character no family has stops the render with an input error.
    /// </summary>
    public IReadOnlyList<FontFamily> FallbackFonts { get; init; } = BundledFonts.SerifFallbacks;

    /// <summary>
    /// This theme with the user's <paramref name="families"/> tried first for characters its own fonts lack (before
    /// <see cref="FallbackFonts"/>); the body and heading fonts stay. Set <see cref="BodyFont"/> or
    /// <see cref="HeadingFont"/> with <c>with</c> to use one of them for the text itself.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="families"/> is null.</exception>
    public Theme WithFallbackFonts(IEnumerable<FontFamily> families)
    {
        ArgumentNullException.ThrowIfNull(families);
        return this with { FallbackFonts = [.. families.Concat(FallbackFonts).Distinct()] };
    }

    /// <summary>Size of running text.</summary>
    public double BodyFontSize { get; init; } = 14;

    /// <summary>Distance between baselines as a multiple of the font size.</summary>
    public double LineSpacing { get; init; } = 1.15;

    /// <summary>Indent of the first line of body paragraphs.</summary>
    public double FirstLineIndent { get; init; } = Length.FromCentimetres(1.25);

    /// <summary>Space after each body paragraph.</summary>
    public double ParagraphSpacing { get; init; }

    /// <summary>Whether body text is justified (otherwise ragged right).</summary>
    public bool Justify { get; init; } = true;

    /// <summary>Whether words are hyphenated at line ends.</summary>
    public bool Hyphenate { get; init; } = true;

    /// <summary>
    /// The most a justified line's glyphs may be widened or narrowed, as a share of their width (0.02 = ±2 %, as
    /// pdfTeX's <c>\pdfadjustspacing</c> with microtype's default stretch and shrink of 20); 0 turns it off. The line
    /// breaker counts it as stretch and shrink of every word beside the glue's, in steps of 0.5 %, so a line needs
    /// less change of its spaces; the PDF and PNG draw it as a horizontal scale of the line's glyphs. Word has no
    /// such feature, so the DOCX ignores it.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is not between 0 and 0.05.</exception>
    public double GlyphExpansion
    {
        get;
        init => field = value is >= 0 and <= MaxGlyphExpansion
            ? value
            : throw new ArgumentOutOfRangeException(nameof(value), value, $"Glyph expansion is a share of the glyph width from 0 to {MaxGlyphExpansion} (0.02 = ±2 %).");
    }

    /// <summary>The largest <see cref="GlyphExpansion"/> a theme accepts: 5 %, beyond which scaled letters are visibly distorted.</summary>
    public const double MaxGlyphExpansion = 0.05;

    /// <summary>Whether the shaper applies kerning.</summary>
    public bool Kerning { get; init; } = true;

    /// <summary>Whether the shaper applies standard ligatures (fi, fl).</summary>
    public bool Ligatures { get; init; }

    /// <summary>Size of the document title.</summary>
    public double TitleFontSize { get; init; } = 16;

    /// <summary>Size of the subtitle.</summary>
    public double SubtitleFontSize { get; init; } = 14;

    /// <summary>Size of footnote text.</summary>
    public double FootnoteFontSize { get; init; } = 10;

    /// <summary>Size of text in tables.</summary>
    public double TableFontSize { get; init; } = 12;

    /// <summary>
    /// Whether a table that continues on a later page shows «Продолжение таблицы N» («Продолжение таблицы» when its
    /// caption has no number) above its repeated header there, as ГОСТ 7.32 sets it; off by default. The PDF prints
    /// it; Word has no such feature, so the DOCX repeats only the header rows.
    /// </summary>
    public bool TableContinuationLabels { get; init; }

    /// <summary>Heading styles for levels 1 to 4 (index 0 is level 1).</summary>
    public required IReadOnlyList<HeadingStyle> Headings { get; init; }

    /// <summary>Where page numbers go.</summary>
    public PageNumbering PageNumbers { get; init; } = new();

    /// <summary>Colour of text, as <c>#RRGGBB</c>.</summary>
    public string TextColor { get; init; } = "#000000";

    /// <summary>Colour of headings, as <c>#RRGGBB</c>.</summary>
    public string HeadingColor { get; init; } = "#000000";

    /// <summary>Colour of links, as <c>#RRGGBB</c>.</summary>
    public string LinkColor { get; init; } = "#1F4E8C";

    /// <summary>Colour of table borders and rules, as <c>#RRGGBB</c>.</summary>
    public string RuleColor { get; init; } = "#000000";

    /// <summary>
    /// The family of a chart's texts (axis labels, ticks, legend), set at <see cref="TableFontSize"/> in
    /// <see cref="TextColor"/> with axes in <see cref="RuleColor"/>; null for <see cref="BodyFont"/>.
    /// </summary>
    public FontFamily? ChartFont { get; init; }

    /// <summary>
    /// The colours of a chart's series in order (a pie's slices), each <c>#RRGGBB</c>; at least one, reused in turn
    /// when a chart has more series. By default dark blue, steel blue, brick, olive, grey and sand.
    /// </summary>
    public IReadOnlyList<string> ChartColors { get; init; } = ["#1F4E8C", "#6F9FCF", "#B5523B", "#7A8B3A", "#7F7F7F", "#D9B26F"];

    /// <summary>The heading style of a level, 1 to 4.</summary>
    public HeadingStyle Heading(int level) => Headings[Math.Clamp(level, 1, Headings.Count) - 1];
}

/// <summary>How headings of one level look.</summary>
/// <param name="FontSize">Size in points.</param>
/// <param name="Bold">Bold face.</param>
/// <param name="Alignment">Left or centred.</param>
/// <param name="SpaceBefore">Space above, in points.</param>
/// <param name="SpaceAfter">Space below, in points.</param>
/// <param name="Italic">Italic face.</param>
public sealed record HeadingStyle(double FontSize, bool Bold, TextAlignment Alignment, double SpaceBefore, double SpaceAfter, bool Italic = false);

/// <summary>Horizontal alignment of lines.</summary>
public enum TextAlignment
{
    /// <summary>Ragged right.</summary>
    Left,
    /// <summary>Centred.</summary>
    Center,
    /// <summary>Ragged left.</summary>
    Right,
    /// <summary>Both edges straight; the last line ragged.</summary>
    Justify,
}

/// <summary>Placement and format of page numbers.</summary>
public sealed record PageNumbering
{
    /// <summary>Where the number goes; centred at the top by default (ГОСТ Р 7.0.97).</summary>
    public PageNumberPosition Position { get; init; } = PageNumberPosition.TopCenter;

    /// <summary>Whether the first page shows its number; false by default.</summary>
    public bool OnFirstPage { get; init; }

    /// <summary>The text, with <c>{page}</c> and <c>{pages}</c> placeholders; <c>{page}</c> by default, <c>{page} из {pages}</c> for «page X of Y».</summary>
    public string Format { get; init; } = "{page}";

    /// <summary>Size of the number in points.</summary>
    public double FontSize { get; init; } = 12;
}

/// <summary>Where page numbers go.</summary>
public enum PageNumberPosition
{
    /// <summary>No page numbers.</summary>
    None,
    /// <summary>Centred in the top margin.</summary>
    TopCenter,
    /// <summary>Centred in the bottom margin.</summary>
    BottomCenter,
    /// <summary>At the right of the bottom margin.</summary>
    BottomRight,
}
