using Csto.Reporting.Documents;
using Csto.Reporting.Pdf.Frames;
using Csto.Reporting.Themes;

namespace Csto.Reporting.Pdf.Layout.Blocks;

/// <summary>
/// Lays out a table: column widths from the content (<see cref="TableColumnMeasure"/>; explicit widths win),
/// columns of numbers right-aligned (<see cref="TableAlignments"/>), cells laid out in the table font size with
/// padding, each cell's first baseline at the same height, header rows in bold and repeated on every page the table
/// continues on — under «Продолжение таблицы N» when the theme asks for it — and rows grouped where row spans join
/// them. The caption «Таблица N — …» sits above, flush left, with space above it, kept with the table. A row with
/// <see cref="TableRow.CantSplit"/> false splits between the lines of its cells wherever a page ends; a row that
/// must not split moves whole to the next page when that leaves at most <see cref="GapLines"/> lines empty, and
/// splits otherwise (so a row taller than a page fills the page it starts on and the caption and header never stand
/// alone). A group of rows joined by row spans moves whole
/// unless it is taller than a page (or all its rows may split): then it splits between its rows, a spanning cell
/// continuing below the break with the lines that did not fit (<see cref="TableRowSlice"/>). An empty row is one
/// line tall. A footnote cited in a header row is printed once, on the table's first page. A page never ends
/// between a table's first two body rows (or groups) nor between its last two, so a split leaves at least two rows
/// on either side and a table of two or three rows moves whole.
/// </summary>
internal sealed class TableLayout : BlockLayout<Table>
{
    /// <summary>
    /// The most a table row asked to be kept whole (<see cref="TableRow.CantSplit"/>) may leave empty at the foot of
    /// a page by moving to the next one, in lines of the table font (with the cell padding): a row taller than this
    /// that does not fit in more room than this splits between the lines of its cells instead, its header repeated
    /// above its continuation.
    /// </summary>
    public const int GapLines = 5;

    /// <summary>The space above a table (or its caption), in points.</summary>
    private const float SpaceAbove = 12;

    /// <inheritdoc />
    protected override void Layout(Table block, LayoutScope scope, LayoutContext context, List<Slice> output)
    {
        const float padding = (float)TableColumnWidths.CellPadding;
        var widths = TableColumnMeasure.Widths(block, scope.Width, context);
        context.TableWidths[block] = widths;
        var oversized = new List<int>();
        var xs = new float[widths.Length + 1];
        xs[0] = scope.X;
        for (var c = 0; c < widths.Length; c++)
        {
            xs[c + 1] = xs[c] + (float)widths[c];
        }
        var alignments = TableAlignments.Resolve(block);
        var start = output.Count;
        var tableNode = context.CurrentNode;
        StructureNode? head = null;
        StructureNode? body = null;
        if (block.Caption is { } caption)
        {
            TextLineSlice.AddLines(CaptionText(caption, scope, context), scope.X, output, keepTogether: true);
            output[^1].KeepWithNext = true;
            var captionNode = new StructureNode(StructureRole.Caption, tableNode);
            output.Skip(start).ToList().ForEach(s => s.Node = captionNode);
        }
        var placed = TableGrid.For(block).Cells.Select(p => (p.Row, p.Column, p.Cell)).ToList();
        var header = new List<TableRowSlice>();
        var bodyGroups = new List<TableRowSlice>();
        List<Slice>? repeated = null;
        var rowCount = block.Rows.Count;
        for (var groupStart = 0; groupStart < rowCount;)
        {
            var groupEnd = groupStart + 1;
            for (var extended = true; extended;)
            {
                extended = false;
                foreach (var cell in placed.Where(p => p.Row >= groupStart && p.Row < groupEnd))
                {
                    if (cell.Row + cell.Cell.RowSpan > groupEnd)
                    {
                        groupEnd = Math.Min(rowCount, cell.Row + cell.Cell.RowSpan);
                        extended = true;
                    }
                }
            }
            var isHeader = groupStart < block.HeaderRowCount;
            var section = isHeader ? head ??= new StructureNode(StructureRole.THead, tableNode) : body ??= new StructureNode(StructureRole.TBody, tableNode);
            using var inSection = context.Enter(section);
            var slice = Group(placed.Where(p => p.Row >= groupStart && p.Row < groupEnd).ToList(), groupStart, groupEnd, xs, alignments, padding, isHeader, context);
            if (isHeader)
            {
                slice.KeepWithNext = true;
                header.Add(slice);
                output.Add(slice);
                groupStart = groupEnd;
                continue;
            }
            repeated ??= Repeated(block, header, scope, context);
            var room = (float)context.PageSetup.ContentHeight - BlockLayouts.StackHeight(repeated ?? []);
            // A row, or a group of rows joined by spans, that fits no page splits as a last resort, filling the page it
            // starts on; a row kept whole but taller than the gap limit splits rather than leave more than that empty.
            var gapLimit = GapLines * (float)context.Theme.TableFontSize * ParagraphFormats.CellLineSpacing + 2 * padding;
            for (var r = groupStart; r < groupEnd; r++)
            {
                var height = slice.RowTops[r - groupStart + 1] - slice.RowTops[r - groupStart];
                var tooTall = height > room;
                if (block.Rows[r].CantSplit && height > gapLimit)
                {
                    oversized.Add(r);
                }
                slice.BreakRoom[r - groupStart] = !block.Rows[r].CantSplit || tooTall ? 0 : gapLimit;
            }
            slice.Splittable = slice.Height > room || slice.BreakRoom.All(b => b == 0) || (groupEnd - groupStart == 1 && slice.Height > gapLimit);
            slice.RepeatHeader = repeated;
            output.Add(slice);
            bodyGroups.Add(slice);
            groupStart = groupEnd;
        }
        // No split leaves a single row on either side: the first row is kept with the second and the last but one
        // with the last, so a table of two or three rows moves whole and a longer one leaves at least two behind
        // and takes at least two ahead (a row that fits no page still splits within itself).
        if (bodyGroups.Count >= 2)
        {
            bodyGroups[0].KeepWithNext = true;
            bodyGroups[^2].KeepWithNext = true;
        }
        context.TableOversizedRows[block] = [.. oversized];
        output[start].SpaceBefore = SpaceAbove;
        output[^1].SpaceAfter = 8;
    }

    /// <summary>
    /// The caption as ГОСТ 7.32 sets it: above the table, flush left without a paragraph indent, in the body size,
    /// unhyphenated.
    /// </summary>
    private static Text.TypesetText CaptionText(IReadOnlyList<Inline> caption, LayoutScope scope, LayoutContext context)
    {
        var (format, _, _) = ParagraphFormats.For(ParagraphStyle.Caption, scope with { CellAlignment = null }, context);
        return context.Typeset(caption, format with { Alignment = TextAlignment.Left }, scope.Width);
    }

    /// <summary>
    /// What a page that continues the table starts with: the continuation label when the theme asks for it, then the
    /// header rows again, without the footnotes they cite (those are printed on the first page only); null for none.
    /// </summary>
    private static List<Slice>? Repeated(Table table, List<TableRowSlice> header, LayoutScope scope, LayoutContext context)
    {
        var repeated = new List<Slice>();
        if (context.Theme.TableContinuationLabels)
        {
            var label = ContinuationLabel(table, context.Document.Metadata.IsEnglish);
            TextLineSlice.AddLines(CaptionText([new TextRun(label)], scope, context), scope.X, repeated, keepTogether: true);
            repeated[^1].KeepWithNext = true;
        }
        repeated.AddRange(header.Select(h => h.WithoutFootnotes()));
        return repeated.Count > 0 ? repeated : null;
    }

    /// <summary>
    /// The line above a table's continuation, in the document's language: «Продолжение таблицы N» (ГОСТ 2.105) or
    /// "Table N (continued)" with the number of the caption «Таблица N — …» / "Table N — …", else without a number.
    /// </summary>
    public static string ContinuationLabel(Table table, bool english)
    {
        var caption = table.Caption is { } inlines ? DocumentWalker.PlainText(inlines).Trim() : string.Empty;
        var words = caption.Split([' ', '\u00A0', '\u202F'], 3, StringSplitOptions.RemoveEmptyEntries);
        var number = words.Length >= 2 && words[0] is "Таблица" or "таблица" or "Table" or "table" && words[1].TrimEnd('.', ':', ',') is { Length: > 0 } n && char.IsAsciiLetterOrDigit(n[0])
            ? n
            : null;
        return english
            ? number is null ? "Table (continued)" : $"Table\u00A0{number} (continued)"
            : number is null ? "Продолжение таблицы" : "Продолжение таблицы\u00A0" + number;
    }

    /// <summary>
    /// Records the runs of words joined by no-break spaces that the cell's paragraphs break at those spaces (wider than
    /// the cell), for the DOCX, which writes ordinary spaces there so that Word and LibreOffice break them at the same
    /// spaces instead of inside a word.
    /// </summary>
    private static void RecordOpenedRuns(TableCell cell, List<Slice> content, LayoutContext context)
    {
        var runs = content
            .Select(s => s is LabeledSlice labeled ? labeled.Inner : s)
            .OfType<TextLineSlice>()
            .Select(l => l.Text)
            .Distinct()
            .SelectMany(t => t.OpenedRuns())
            .Distinct(StringComparer.Ordinal)
            .ToArray();
        if (runs.Length > 0)
        {
            context.TableOpenedRuns[cell] = runs;
        }
        else
        {
            context.TableOpenedRuns.Remove(cell);
        }
    }

    private static TableRowSlice Group(List<(int Row, int Column, TableCell Cell)> cells, int first, int end, float[] xs, CellAlignment[] alignments, float padding, bool header, LayoutContext context)
    {
        var boxes = new List<TableCellBox>();
        var rowNodes = Enumerable.Range(first, end - first).Select(_ => new StructureNode(StructureRole.TR, context.CurrentNode)).ToArray();
        foreach (var (row, column, cell) in cells)
        {
            var last = Math.Min(xs.Length - 1, column + cell.ColumnSpan);
            var alignment = cell.Alignment ?? alignments[column];
            var cellScope = new LayoutScope(xs[column] + padding, Math.Max(1, xs[last] - xs[column] - 2 * padding), (float)context.Theme.TableFontSize, alignment, Bold: header);
            var cellNode = new StructureNode(header ? StructureRole.TH : StructureRole.TD, rowNodes[row - first]) { Scope = header ? TableHeaderScope.Column : null };
            List<Slice> content;
            using (context.Enter(cellNode))
            {
                content = context.Layouts.LayoutAll(cell.Blocks, cellScope, context);
            }
            RecordOpenedRuns(cell, content, context);
            boxes.Add(new TableCellBox(row - first, Math.Min(cell.RowSpan, end - row), xs[column], xs[last] - xs[column], content));
        }
        // An empty row is as tall as a row of one line.
        var emptyRow = (float)context.Theme.TableFontSize * ParagraphFormats.CellLineSpacing + 2 * padding;
        return TableRowSlice.Create(boxes, end - first, padding, emptyRow, context.RuleColor);
    }
}
