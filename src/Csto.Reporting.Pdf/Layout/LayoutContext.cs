using System.Globalization;
using Csto.Reporting.Documents;
using Csto.Reporting.Pdf.Frames;
using Csto.Reporting.Pdf.Text;
using Csto.Reporting.Themes;

namespace Csto.Reporting.Pdf.Layout;

/// <summary>
/// What block layouts share during one layout pass: the document, the theme and its colours, the typesetting
/// options, the page numbers of headings found by the previous pass and the current page setup.
/// </summary>
internal sealed class LayoutContext
{
    public LayoutContext(ReportDocument document, Theme theme, TypesetOptions typeset, IReadOnlyDictionary<string, int>? headingPages, int totalPages, TypesetParagraphs? paragraphs = null)
    {
        Paragraphs = paragraphs;
        Document = document;
        Theme = theme;
        Options = typeset;
        HeadingPages = headingPages;
        TotalPages = totalPages;
        TextColor = ParseColor(theme.TextColor, nameof(theme.TextColor));
        HeadingColor = ParseColor(theme.HeadingColor, nameof(theme.HeadingColor));
        LinkColor = ParseColor(theme.LinkColor, nameof(theme.LinkColor));
        RuleColor = ParseColor(theme.RuleColor, nameof(theme.RuleColor));
        PageSetup = theme.PageSetup;
        Anchors = document.Headings().Select(h => h.Anchor).ToHashSet(StringComparer.Ordinal);
        Structure = new(StructureRole.Document, null) { Language = document.Metadata.Language };
        CurrentNode = Structure;
    }

    /// <summary>The document.</summary>
    public ReportDocument Document { get; }

    /// <summary>The theme.</summary>
    public Theme Theme { get; }

    /// <summary>Typesetting options.</summary>
    public TypesetOptions Options { get; }

    /// <summary>The paragraphs a counting pass keeps for the drawing pass after it (null: every paragraph is set here).</summary>
    public TypesetParagraphs? Paragraphs { get; }

    /// <summary>The page of each heading from the previous pass; null in the first pass.</summary>
    public IReadOnlyDictionary<string, int>? HeadingPages { get; }

    /// <summary>The page count from the previous pass; 0 in the first pass.</summary>
    public int TotalPages { get; }

    /// <summary>The anchors of every heading (links to other anchors get no annotation).</summary>
    public IReadOnlySet<string> Anchors { get; }

    /// <summary>The page setup of the section being laid out.</summary>
    public PageSetup PageSetup { get; set; }

    /// <summary>The root of the structure tree this pass builds (the Document element, in the document's language).</summary>
    public StructureNode Structure { get; }

    /// <summary>The structure element that blocks laid out now belong under (the root outside any block).</summary>
    public StructureNode CurrentNode { get; private set; } = null!;

    /// <summary>Makes <paramref name="node"/> the parent of what is laid out until the scope is disposed.</summary>
    public NodeScope Enter(StructureNode node)
    {
        var scope = new NodeScope(this, CurrentNode);
        CurrentNode = node;
        return scope;
    }

    /// <summary>Restores the previous parent when disposed.</summary>
    internal readonly struct NodeScope(LayoutContext context, StructureNode previous) : IDisposable
    {
        /// <inheritdoc />
        public void Dispose() => context.CurrentNode = previous;
    }

    /// <summary>The block layouts, for blocks that contain blocks.</summary>
    public BlockLayouts Layouts { get; } = BlockLayouts.Default;

    /// <summary>Colour of text.</summary>
    public FrameColor TextColor { get; }

    /// <summary>Colour of headings.</summary>
    public FrameColor HeadingColor { get; }

    /// <summary>Colour of links.</summary>
    public FrameColor LinkColor { get; }

    /// <summary>Colour of rules and table borders.</summary>
    public FrameColor RuleColor { get; }

    /// <summary>The numbering state of ordered lists that continue the previous one, by depth.</summary>
    public Dictionary<int, int> ListCounters { get; } = [];

    /// <summary>The column widths each table was laid out with, by table instance (the last layout of a table wins).</summary>
    public Dictionary<Table, double[]> TableWidths { get; } = new(ReferenceEqualityComparer.Instance);

    /// <summary>
    /// The rows of each table that ask to be kept whole (<see cref="TableRow.CantSplit"/>) but are taller than
    /// <see cref="Blocks.TableLayout.GapLines"/> lines, so the layout splits them rather than leave a large gap (or
    /// because they fit no page) (0-based row indices, ascending; by table instance).
    /// </summary>
    public Dictionary<Table, int[]> TableOversizedRows { get; } = new(ReferenceEqualityComparer.Instance);

    /// <summary>
    /// The runs of words joined by no-break spaces that a table cell's paragraphs break at those spaces, being wider
    /// than the cell (<see cref="Text.TypesetText.OpenedRuns"/>), by cell instance; cells without any are absent.
    /// </summary>
    public Dictionary<TableCell, string[]> TableOpenedRuns { get; } = new(ReferenceEqualityComparer.Instance);

    /// <summary>
    /// The hanging indent of the contents' entries of every heading level (index 1 to 4) in points, as the table of
    /// contents measured it; zeros until a table of contents is laid out.
    /// </summary>
    public float[] ContentsHangingIndents { get; } = new float[5];

    /// <summary>
    /// A problem about <paramref name="block"/>: at the block's line and column in the file the author wrote when the
    /// document was read from one (<see cref="ReportDocument.PositionOf"/>), else under the document's name.
    /// </summary>
    public Diagnostics.InputProblem ProblemAt(Block? block, string message) =>
        block is not null && Document.PositionOf(block) is { } at
            ? new Diagnostics.InputProblem(Document.Source!.Name, message) { Line = at.Line, Column = at.Column }
            : new Diagnostics.InputProblem(Options.SourceName, message);

    /// <summary>Lays out inlines as a paragraph and adds its lines.</summary>
    public TypesetText Typeset(IReadOnlyList<Inline> inlines, ParagraphFormat format, float width)
    {
        var runs = InlineFlattener.Flatten(inlines, format, this);
        return Paragraphs is { } paragraphs
            ? paragraphs.Typeset(runs, format, width, Options)
            : ParagraphTypesetter.Typeset(runs, format, width, Options);
    }

    /// <summary>Parses a theme colour.</summary>
    private static FrameColor ParseColor(string value, string name) =>
        value.Length == 7 && value[0] == '#' && uint.TryParse(value.AsSpan(1), NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var rgb)
            ? new FrameColor((byte)(rgb >> 16), (byte)(rgb >> 8), (byte)rgb)
            : throw new ArgumentException($"The theme colour {name} must be #RRGGBB; got '{value}'.", name);
}
