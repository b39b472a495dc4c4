using Csto.Reporting.Pdf.Frames;
using SkiaSharp;

namespace Csto.Reporting.Pdf.Layout.Blocks;

/// <summary>
/// A group of table rows that no row span crosses (usually one row): borders and cell contents. When the group is
/// taller than a page it is drawn clipped to the part that fits (the last resort the paginator takes). A single row
/// marked <see cref="Splittable"/> (a row whose <c>CantSplit</c> is false) splits between the lines of its cells
/// when it does not fit in the rest of a page.
/// </summary>
internal sealed class TableRowSlice : Slice
{
    private readonly IReadOnlyList<TableCellBox> cells;
    private readonly float[] rowTops;
    private readonly float padding;
    private readonly SKColor rule;

    /// <summary>Creates the slice of a row group.</summary>
    public TableRowSlice(IReadOnlyList<TableCellBox> cells, float[] rowTops, float padding, SKColor rule)
    {
        this.cells = cells;
        this.rowTops = rowTops;
        this.padding = padding;
        this.rule = rule;
        Height = rowTops[^1];
        Footnotes = cells.SelectMany(c => c.Content).Where(s => s.Footnotes is not null).SelectMany(s => s.Footnotes!).Distinct().ToArray() is { Length: > 0 } notes ? notes : null;
    }

    /// <summary>Whether the row may split across pages; only a one-row group can.</summary>
    public bool Splittable { get; set; }

    /// <inheritdoc />
    public override (Slice First, Slice Remainder)? SplitAt(float height)
    {
        if (!Splittable || rowTops.Length != 2)
        {
            return null;
        }
        var limit = height - 2 * padding;
        var firstCells = new List<TableCellBox>(cells.Count);
        var restCells = new List<TableCellBox>(cells.Count);
        var firstHeight = 0f;
        var restHeight = 0f;
        var anyFirst = false;
        var anyRest = false;
        foreach (var cell in cells)
        {
            var taken = 0;
            var used = 0f;
            while (taken < cell.Content.Count)
            {
                var next = cell.Content[taken];
                var add = next.Height + (taken > 0 ? next.SpaceBefore : 0);
                if (used + add > limit + 0.01f)
                {
                    break;
                }
                used += add;
                taken++;
            }
            var first = cell with { Content = cell.Content.GetRange(0, taken) };
            var rest = cell with { Content = cell.Content.GetRange(taken, cell.Content.Count - taken) };
            firstCells.Add(first);
            restCells.Add(rest);
            firstHeight = Math.Max(firstHeight, used);
            restHeight = Math.Max(restHeight, rest.ContentHeight);
            anyFirst |= taken > 0;
            anyRest |= taken < cell.Content.Count;
        }
        if (!anyFirst || !anyRest)
        {
            return null;
        }
        var head = new TableRowSlice(firstCells, [0, firstHeight + 2 * padding], padding, rule)
        {
            SpaceBefore = SpaceBefore,
            RepeatHeader = RepeatHeader,
        };
        var tail = new TableRowSlice(restCells, [0, restHeight + 2 * padding], padding, rule)
        {
            Splittable = true,
            KeepWithNext = KeepWithNext,
            SpaceAfter = SpaceAfter,
            RepeatHeader = RepeatHeader,
        };
        return (head, tail);
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
