using Csto.Reporting.Themes;

namespace Csto.Reporting.Docx.Numbering;

/// <summary>Where a list item's marker and text start at a nesting level, in points from the left margin.</summary>
/// <param name="Marker">The marker's position.</param>
/// <param name="Text">The text's position (the hanging indent ends here).</param>
internal readonly record struct ListIndent(double Marker, double Text)
{
    /// <summary>
    /// The indents of <paramref name="level"/> (0 for a top-level list), as the PDF layout places them: the
    /// top-level marker at the first-line indent, the text 1.25 em after it, a nested list's marker at its
    /// parent's text.
    /// </summary>
    public static ListIndent For(Theme theme, int level)
    {
        var width = MarkerWidth(theme);
        var marker = theme.FirstLineIndent + level * width;
        return new ListIndent(marker, marker + width);
    }

    /// <summary>The room for a marker: 1.25 em of body text.</summary>
    public static double MarkerWidth(Theme theme) => theme.BodyFontSize * 1.25;
}
