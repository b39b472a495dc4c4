using Csto.Reporting.Pdf.Frames;

namespace Csto.Reporting.Pdf.Layout.Blocks;

/// <summary>
/// A group of table rows that no row span crosses (usually one row): borders and cell contents. A
/// <see cref="Splittable"/> group that does not fit in the rest of a page splits there: between two of its rows when
/// at least its first row fits (a cell spanning that boundary — Word's vMerge — gives the first part the lines that
/// fit beside the rows above the break and continues below it, under the same borders), or between the lines of its
/// first row's cells when that row may break inside with the room left (<see cref="BreakRoom"/>). No line is lost or repeated.
/// </summary>
internal sealed class TableRowSlice : Slice
{
    private const float Epsilon = 0.01f;
    private readonly IReadOnlyList<TableCellBox> cells;
    private readonly float[] rowTops;
    private readonly float padding;
    private readonly float minimumRow;
    private readonly FrameColor rule;

    /// <summary>Creates the slice of a row group.</summary>
    /// <param name="cells">The cells.</param>
    /// <param name="rowTops">The top of every row of the group and the bottom of the last, from 0.</param>
    /// <param name="padding">The cell padding.</param>
    /// <param name="minimumRow">The height of a row of one empty line, the least any row is.</param>
    /// <param name="rule">The colour of the borders.</param>
    /// <param name="citesFootnotes">Whether the footnotes cited in the cells are printed with this slice (not with a repeated header row).</param>
    private TableRowSlice(IReadOnlyList<TableCellBox> cells, float[] rowTops, float padding, float minimumRow, FrameColor rule, bool citesFootnotes = true)
    {
        this.cells = cells;
        this.rowTops = rowTops;
        this.padding = padding;
        this.minimumRow = minimumRow;
        this.rule = rule;
        Height = rowTops[^1];
        BreakRoom = new float[rowTops.Length - 1];
        Array.Fill(BreakRoom, float.PositiveInfinity);
        Footnotes = citesFootnotes && cells.SelectMany(c => c.Content).Where(s => s.Footnotes is not null).SelectMany(s => s.Footnotes!).Distinct().ToArray() is { Length: > 0 } notes ? notes : null;
    }

    /// <summary>
    /// The slice of <paramref name="rows"/> rows holding <paramref name="cells"/>: a row is as tall as its tallest
    /// one-row cell with padding, at least <paramref name="minimumRow"/>; a cell spanning rows that needs more than
    /// they give makes the last of them taller.
    /// </summary>
    public static TableRowSlice Create(IReadOnlyList<TableCellBox> cells, int rows, float padding, float minimumRow, FrameColor rule) =>
        new(cells, Tops(cells, rows, padding, minimumRow), padding, minimumRow, rule);

    /// <summary>The same rows drawn again (a header repeated on a later page): their footnotes are not printed again.</summary>
    public TableRowSlice WithoutFootnotes() => new(cells, rowTops, padding, minimumRow, rule, citesFootnotes: false) { KeepWithNext = true };

    /// <summary>The cells, for tests that read where the layout put them.</summary>
    public IReadOnlyList<TableCellBox> Cells => cells;

    /// <summary>The top of every row of the group and the bottom of the last, from 0.</summary>
    public IReadOnlyList<float> RowTops => rowTops;

    /// <summary>Whether the group may split across pages at all.</summary>
    public bool Splittable { get; set; }

    /// <summary>
    /// For each row of the group, the least room in points it must have left on a page to break there between the
    /// lines of its cells: 0 for a row that may break anywhere (its <c>CantSplit</c> is false, or it is taller than a
    /// page), more for a row asked to be kept whole that would rather split than leave that much empty, and
    /// <see cref="float.PositiveInfinity"/> for a row that only moves whole.
    /// </summary>
    public float[] BreakRoom { get; private init; }

    /// <inheritdoc />
    public override (Slice First, Slice Remainder)? SplitAt(float height)
    {
        if (!Splittable)
        {
            return null;
        }
        var boundary = rowTops.Length - 2;
        while (boundary >= 1 && rowTops[boundary] > height + Epsilon)
        {
            boundary--;
        }
        return boundary >= 1 ? SplitBetweenRows(boundary) : height + Epsilon >= BreakRoom[0] ? SplitFirstRow(height) : null;
    }

    /// <summary>Splits before row <paramref name="boundary"/>; cells spanning it give the first part what fits beside the rows above.</summary>
    private (Slice First, Slice Remainder) SplitBetweenRows(int boundary)
    {
        var firstCells = new List<TableCellBox>(cells.Count);
        var restCells = new List<TableCellBox>(cells.Count);
        foreach (var cell in cells)
        {
            if (cell.Row + cell.RowSpan <= boundary)
            {
                firstCells.Add(cell);
            }
            else if (cell.Row >= boundary)
            {
                restCells.Add(cell with { Row = cell.Row - boundary });
            }
            else
            {
                var taken = Fitting(cell.Content, rowTops[boundary] - rowTops[cell.Row] - 2 * padding);
                firstCells.Add(cell with { RowSpan = boundary - cell.Row, Content = cell.Content.GetRange(0, taken) });
                restCells.Add(cell with { Row = 0, RowSpan = cell.Row + cell.RowSpan - boundary, Content = cell.Content.GetRange(taken, cell.Content.Count - taken) });
            }
        }
        var rows = rowTops.Length - 1;
        var head = new TableRowSlice(firstCells, rowTops[..(boundary + 1)], padding, minimumRow, rule) { BreakRoom = BreakRoom[..boundary] };
        var tail = new TableRowSlice(restCells, Tops(restCells, rows - boundary, padding, minimumRow), padding, minimumRow, rule) { BreakRoom = BreakRoom[boundary..] };
        return Pair(head, tail);
    }

    /// <summary>Splits between the lines of the cells that start in the first row, at most <paramref name="height"/> down; null when no line fits or all do.</summary>
    private (Slice First, Slice Remainder)? SplitFirstRow(float height)
    {
        var limit = height - 2 * padding;
        var firstCells = new List<TableCellBox>(cells.Count);
        var restCells = new List<TableCellBox>(cells.Count);
        var firstHeight = 0f;
        var anyFirst = false;
        var anyRest = false;
        foreach (var cell in cells)
        {
            if (cell.Row > 0)
            {
                restCells.Add(cell);
                continue;
            }
            var taken = Fitting(cell.Content, limit);
            firstCells.Add(cell with { RowSpan = 1, Content = cell.Content.GetRange(0, taken) });
            restCells.Add(cell with { Content = cell.Content.GetRange(taken, cell.Content.Count - taken) });
            firstHeight = Math.Max(firstHeight, BlockLayouts.StackHeight(firstCells[^1].Content));
            anyFirst |= taken > 0;
            anyRest |= taken < cell.Content.Count;
        }
        if (!anyFirst || !anyRest)
        {
            return null;
        }
        var rows = rowTops.Length - 1;
        var head = new TableRowSlice(firstCells, [0, firstHeight + 2 * padding], padding, minimumRow, rule) { BreakRoom = [0] };
        var tail = new TableRowSlice(restCells, Tops(restCells, rows, padding, minimumRow), padding, minimumRow, rule) { BreakRoom = BreakRoom };
        return Pair(head, tail);
    }

    /// <summary>The two parts with this slice's spacing, keeps, repeated header and block (a problem of either part is at the table's position).</summary>
    private (Slice First, Slice Remainder) Pair(TableRowSlice head, TableRowSlice tail)
    {
        head.Block = Block;
        tail.Block = Block;
        head.SpaceBefore = SpaceBefore;
        head.RepeatHeader = RepeatHeader;
        tail.Splittable = true;
        tail.KeepWithNext = KeepWithNext;
        tail.SpaceAfter = SpaceAfter;
        tail.RepeatHeader = RepeatHeader;
        return (head, tail);
    }

    /// <summary>How many of the slices, stacked from the top, fit in <paramref name="limit"/> points.</summary>
    private static int Fitting(List<Slice> content, float limit)
    {
        var taken = 0;
        var used = 0f;
        while (taken < content.Count)
        {
            var next = content[taken];
            used += next.Height + (taken > 0 ? next.SpaceBefore : 0);
            if (used > limit + Epsilon)
            {
                break;
            }
            taken++;
        }
        return taken;
    }

    /// <summary>The row tops of <paramref name="rows"/> rows holding <paramref name="cells"/> (see <see cref="Create"/>).</summary>
    private static float[] Tops(IReadOnlyList<TableCellBox> cells, int rows, float padding, float minimumRow)
    {
        var heights = new float[rows];
        Array.Fill(heights, minimumRow);
        foreach (var cell in cells.Where(c => c.RowSpan == 1))
        {
            heights[cell.Row] = Math.Max(heights[cell.Row], cell.ContentHeight + 2 * padding);
        }
        foreach (var cell in cells.Where(c => c.RowSpan > 1))
        {
            var spanned = 0f;
            for (var r = cell.Row; r < cell.Row + cell.RowSpan; r++)
            {
                spanned += heights[r];
            }
            var need = cell.ContentHeight + 2 * padding;
            if (need > spanned)
            {
                heights[cell.Row + cell.RowSpan - 1] += need - spanned;
            }
        }
        var tops = new float[rows + 1];
        for (var r = 0; r < rows; r++)
        {
            tops[r + 1] = tops[r] + heights[r];
        }
        return tops;
    }

    /// <inheritdoc />
    public override void Draw(FrameBuilder canvas, float left, float top)
    {
        foreach (var cell in cells)
        {
            var x1 = left + cell.X;
            var x2 = x1 + cell.Width;
            var y1 = top + rowTops[cell.Row];
            var y2 = top + rowTops[cell.Row + cell.RowSpan];
            using (canvas.Artifact(ArtifactKind.TableRule))
            {
                canvas.Rule(x1, y1, x2, y1, 0.5f, rule);
                canvas.Rule(x1, y2, x2, y2, 0.5f, rule);
                canvas.Rule(x1, y1, x1, y2, 0.5f, rule);
                canvas.Rule(x2, y1, x2, y2, 0.5f, rule);
            }
            BlockLayouts.DrawStack(canvas, cell.Content, left, y1 + padding);
        }
    }
}
