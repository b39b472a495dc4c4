namespace Csto.Reporting.Pdf.Pagination;

/// <summary>Where a heading landed.</summary>
/// <param name="Anchor">The heading's anchor.</param>
/// <param name="Level">1 to 4.</param>
/// <param name="Title">Number and text.</param>
/// <param name="Page">The 1-based page number.</param>
/// <param name="Top">The heading's top, in points from the top of the page.</param>
/// <param name="PageHeight">The height of its page in points.</param>
internal sealed record PlacedHeading(string Anchor, int Level, string Title, int Page, float Top, float PageHeight);

/// <summary>The result of a layout pass: the page count, where each heading landed and the structure tree.</summary>
/// <param name="PageCount">How many pages.</param>
/// <param name="Headings">The headings in document order.</param>
/// <param name="Structure">The root of the structure tree the pass built.</param>
internal sealed record LayoutResult(int PageCount, IReadOnlyList<PlacedHeading> Headings, Frames.StructureNode Structure)
{
    /// <summary>The 1-based page of each heading by anchor.</summary>
    public IReadOnlyDictionary<string, int> HeadingPages { get; } =
        Headings.GroupBy(h => h.Anchor, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First().Page, StringComparer.Ordinal);

    /// <summary>
    /// The column widths in points each table of the document was laid out with (by table instance), for the DOCX
    /// grid: the widths are decided once, by this layout.
    /// </summary>
    public IReadOnlyDictionary<Documents.Table, double[]> TableWidths { get; init; } = new Dictionary<Documents.Table, double[]>();

    /// <summary>
    /// The rows of each table that ask to be kept whole but are taller than a page, which the layout split (0-based,
    /// ascending; by table instance), for the DOCX rows: Word cannot show a row it may not split that fits no page.
    /// </summary>
    public IReadOnlyDictionary<Documents.Table, int[]> TableOversizedRows { get; init; } = new Dictionary<Documents.Table, int[]>();

    /// <summary>
    /// The runs of words joined by no-break spaces that each table cell breaks at those spaces (by cell instance; cells
    /// without any are absent), for the DOCX cells, which write ordinary spaces there.
    /// </summary>
    public IReadOnlyDictionary<Documents.TableCell, string[]> TableOpenedRuns { get; init; } = new Dictionary<Documents.TableCell, string[]>();

    /// <summary>
    /// The hanging indent in points of the contents' entries of every heading level (index 1 to 4) as the table of
    /// contents was set with; zeros when the document has none.
    /// </summary>
    public IReadOnlyList<float> ContentsHangingIndents { get; init; } = new float[5];
}
