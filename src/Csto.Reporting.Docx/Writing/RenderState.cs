using Csto.Reporting.Docx.Numbering;
using Csto.Reporting.Documents;
using Csto.Reporting.Themes;

namespace Csto.Reporting.Docx.Writing;

/// <summary>
/// All per-render state in one place: the theme, the page of the section being written and the sequential
/// ids WordprocessingML needs (relationships, bookmarks, drawings). Renderers share nothing else, so two
/// renders never interfere and the same input always gets the same ids.
/// </summary>
internal sealed class RenderState
{
    private int nextRelationship = 1;
    private int nextBookmark;
    private int nextDrawing = 1;
    private readonly HashSet<int> writtenFootnotes = [];
    private readonly HashSet<string> placedBookmarks = new(StringComparer.Ordinal);

    private readonly Func<Table, double, IReadOnlyList<double>>? columnWidths;
    private readonly Func<Table, IReadOnlyList<int>>? oversizedRows;
    private readonly Func<TableCell, IReadOnlyList<string>>? openedRuns;
    private readonly Func<int, double>? contentsHangingIndent;

    public RenderState(ReportDocument document, Theme theme, IReadOnlyDictionary<string, int>? headingPages,
        Func<Table, double, IReadOnlyList<double>>? columnWidths = null, Func<Table, IReadOnlyList<int>>? oversizedRows = null,
        Func<TableCell, IReadOnlyList<string>>? openedRuns = null, Func<int, double>? contentsHangingIndent = null)
    {
        this.contentsHangingIndent = contentsHangingIndent;
        this.openedRuns = openedRuns;
        this.columnWidths = columnWidths;
        this.oversizedRows = oversizedRows;
        Document = document;
        Theme = theme;
        HeadingPages = headingPages;
        Bookmarks = BookmarkNames.For(document);
        Numbering = new NumberingPlan();
        CurrentPage = theme.PageSetup;
    }

    /// <summary>The document being written.</summary>
    public ReportDocument Document { get; }

    /// <summary>The theme.</summary>
    public Theme Theme { get; }

    /// <summary>The page number of each heading by anchor, from the PDF layout; null when no locator was given.</summary>
    public IReadOnlyDictionary<string, int>? HeadingPages { get; }

    /// <summary>Word bookmark names of the headings, by anchor.</summary>
    public BookmarkNames Bookmarks { get; }

    /// <summary>The numbering definitions collected while writing.</summary>
    public NumberingPlan Numbering { get; }

    /// <summary>Word's heading counters, to decide where real heading numbering matches the tree.</summary>
    public HeadingNumberTracker HeadingNumbers { get; } = new();

    /// <summary>Whether an earlier section had a header (a later one must then override it, even with an empty one).</summary>
    public bool HeaderWritten { get; set; }

    /// <summary>Whether an earlier section had a footer.</summary>
    public bool FooterWritten { get; set; }

    /// <summary>The page setup of the section being written.</summary>
    public PageSetup CurrentPage { get; set; }

    /// <summary>
    /// The widths in points of the grid columns of <paramref name="table"/> filling <paramref name="width"/> points,
    /// as the PDF layout sizes them; null when no sizer was given.
    /// </summary>
    public IReadOnlyList<double>? ColumnWidths(Table table, double width) => columnWidths?.Invoke(table, width);

    /// <summary>
    /// The rows of <paramref name="table"/> that ask to be kept whole but are taller than a page in the PDF layout
    /// (0-based); empty when no sizer was given.
    /// </summary>
    public IReadOnlyList<int> OversizedRows(Table table) => oversizedRows?.Invoke(table) ?? [];

    /// <summary>
    /// The runs of words joined by no-break spaces that the PDF layout breaks at those spaces in <paramref name="cell"/>
    /// (wider than the cell), no-break spaces written U+00A0; empty when no sizer was given.
    /// </summary>
    public IReadOnlyList<string> OpenedRuns(TableCell cell) => openedRuns?.Invoke(cell) ?? [];

    /// <summary>
    /// The hanging indent in points of the contents' entries of heading level <paramref name="level"/> as the PDF layout
    /// measured it; null when no locator was given.
    /// </summary>
    public double? ContentsHangingIndent(int level) => contentsHangingIndent?.Invoke(level);

    /// <summary>The next relationship id of the main document part: rId1, rId2…</summary>
    public string NextRelationshipId() => $"rId{nextRelationship++}";

    /// <summary>
    /// The bookmark name for the heading with <paramref name="anchor"/> the first time it is placed; null when
    /// the anchor has no name or was already placed (bookmark names must be unique).
    /// </summary>
    public string? PlaceBookmark(string anchor) =>
        Bookmarks.Find(anchor) is { } name && placedBookmarks.Add(name) ? name : null;

    /// <summary>The next bookmark id: 0, 1, 2…</summary>
    public string NextBookmarkId() => Units.Text(nextBookmark++);

    /// <summary>The next drawing object id (wp:docPr): 1, 2, 3…</summary>
    public uint NextDrawingId() => (uint)nextDrawing++;

    /// <summary>Records that footnote <paramref name="number"/> got its reference; false when it already had one.</summary>
    public bool MarkFootnoteReferenced(int number) => writtenFootnotes.Add(number);
}
