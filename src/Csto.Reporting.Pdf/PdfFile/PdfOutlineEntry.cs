namespace Csto.Reporting.Pdf.PdfFile;

/// <summary>
/// One bookmark of a PDF outline, given as a flat list in document order; the nesting follows from
/// <see cref="Level"/>. An entry whose level is deeper than the previous entry's level plus one (1 → 3) is
/// attached to the nearest preceding shallower entry.
/// </summary>
/// <param name="Title">The text shown in the viewer's bookmark pane; any Unicode text (written as UTF-16BE when not ASCII).</param>
/// <param name="Level">The nesting level, 1 for top-level bookmarks.</param>
/// <param name="PageIndex">The 0-based index of the target page in document order.</param>
/// <param name="Top">
/// The target's vertical position in PDF user-space points measured from the BOTTOM of the page
/// (the viewer scrolls so that this line is at the top of the window).
/// </param>
public sealed record PdfOutlineEntry(string Title, int Level, int PageIndex, double Top)
{
    /// <summary>The text shown in the viewer's bookmark pane.</summary>
    public string Title { get; } = Title ?? throw new ArgumentNullException(nameof(Title), "An outline entry's title must not be null.");

    /// <summary>The nesting level, 1 for top-level bookmarks.</summary>
    public int Level { get; } = Level >= 1
        ? Level
        : throw new ArgumentOutOfRangeException(nameof(Level), Level, "An outline entry's level must be 1 or greater.");

    /// <summary>The 0-based index of the target page in document order.</summary>
    public int PageIndex { get; } = PageIndex >= 0
        ? PageIndex
        : throw new ArgumentOutOfRangeException(nameof(PageIndex), PageIndex, "An outline entry's page index must be 0 or greater.");

    /// <summary>The target's vertical position in points from the bottom of the page.</summary>
    public double Top { get; } = double.IsFinite(Top) && Top >= 0
        ? Top
        : throw new ArgumentOutOfRangeException(nameof(Top), Top, "An outline entry's top must be a finite number of points, 0 or greater.");
}
