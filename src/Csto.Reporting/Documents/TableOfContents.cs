namespace Csto.Reporting.Documents;

/// <summary>
/// The table of contents: a title and the headings of the document up to <see cref="MaxLevel"/>, with page
/// numbers filled in by the renderer.
/// </summary>
/// <param name="Title">The title, such as «Содержание».</param>
/// <param name="MaxLevel">The deepest heading level listed, 1 to 4; 3 by default.</param>
public sealed record TableOfContents(string Title, int MaxLevel = 3) : Block
{
    private readonly int maxLevel = Check(MaxLevel);

    /// <summary>The deepest heading level listed, 1 to 4.</summary>
    public int MaxLevel { get => maxLevel; init => maxLevel = Check(value); }

    /// <summary>
    /// The hanging indent of an entry of a heading level (1 to 4; others are clamped), in points: the heading's
    /// number starts at the entry's indent, its text this far to the right, and lines that wrap continue under the
    /// text, not under the number — in the PDF and in the DOCX's TOC styles. Wide enough for «10.10.10.10» at 14 pt.
    /// </summary>
    public static double HangingIndent(int level) => Length.FromCentimetres(0.4 * (Math.Clamp(level, 1, 4) + 1));

    /// <summary>
    /// The hanging indent of the entries of a heading level in one table of contents, in points: the larger of
    /// <see cref="HangingIndent(int)"/> and the widest number of that level among <paramref name="entries"/> plus a
    /// space, so every entry of a level starts its text at the same x — in the PDF and in the DOCX alike. A number's
    /// width is an upper estimate from its characters at <paramref name="fontSize"/> points (a digit 0.56 em, a dot,
    /// comma or space 0.28 em, any other character 0.8 em: the widths of the bundled serif and sans fonts rounded up),
    /// for a renderer that has no layout to measure them with (<see cref="Rendering.IHeadingPageLocator.ContentsHangingIndent"/>
    /// gives the measured value, which the PDF sets and the DOCX takes when it has a locator).
    /// </summary>
    /// <param name="level">The heading level, 1 to 4; others are clamped.</param>
    /// <param name="entries">The headings the table of contents lists (those of other levels are ignored).</param>
    /// <param name="fontSize">The entries' font size in points.</param>
    public static double HangingIndent(int level, IEnumerable<Heading> entries, double fontSize)
    {
        ArgumentNullException.ThrowIfNull(entries);
        level = Math.Clamp(level, 1, 4);
        var widest = entries
            .Where(h => Math.Clamp(h.Level, 1, 4) == level && h.Number is { Length: > 0 })
            .Select(h => NumberEms(h.Number!) + 0.28)
            .DefaultIfEmpty(0)
            .Max();
        return Math.Max(HangingIndent(level), widest * fontSize);
    }

    private static double NumberEms(string number) =>
        number.Sum(c => char.IsAsciiDigit(c) ? 0.56 : c is '.' or ',' or ' ' ? 0.28 : 0.8);

    /// <summary>
    /// The indent of an entry of a heading level (1 to 4; others are clamped), in points: where its number starts,
    /// 0.75 cm a level below the first — in the PDF and in the DOCX's TOC styles.
    /// </summary>
    public static double LevelIndent(int level) => Length.FromCentimetres(0.75 * (Math.Clamp(level, 1, 4) - 1));

    /// <summary>
    /// The room an entry's text leaves at the right for the dot leader and the page number, in points, for entries
    /// set at <paramref name="fontSize"/> points: three ems (four digits of half an em and an em of leader), so a
    /// wrapped line never runs into the page-number column — in the PDF and, as a right indent, in the DOCX.
    /// </summary>
    /// <param name="fontSize">The entries' font size in points.</param>
    public static double PageNumberRoom(double fontSize) => 3 * fontSize;

    /// <summary>
    /// The space above a level-1 entry that follows another entry, in points, setting the chapters apart — in the PDF
    /// and in the DOCX alike.
    /// </summary>
    public const double FirstLevelSpaceBefore = 3;

    private static int Check(int level, string parameterName = nameof(MaxLevel)) => level is >= 1 and <= 4
        ? level
        : throw new ArgumentOutOfRangeException(parameterName, level, "The table of contents level must be 1 to 4.");
}
