using Csto.Reporting.Themes;

namespace Csto.Reporting.Docx.Numbering;

/// <summary>Where a list item's marker and text start at a nesting level, in points from the left margin.</summary>
/// <param name="Marker">The marker's position.</param>
/// <param name="Text">The text's position (the hanging indent ends here).</param>
internal readonly record struct ListIndent(double Marker, double Text)
{
    /// <summary>The gap between a marker and its text.</summary>
    public const double MarkerWidth = 21.26; // 0.75 cm

    /// <summary>The indents of <paramref name="level"/> (0 for a top-level list): markers step by the theme's first-line indent.</summary>
    public static ListIndent For(Theme theme, int level)
    {
        var marker = theme.FirstLineIndent + level * Math.Max(theme.FirstLineIndent, MarkerWidth);
        return new ListIndent(marker, marker + MarkerWidth);
    }
}
