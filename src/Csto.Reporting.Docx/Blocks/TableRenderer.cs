using Csto.Reporting.Documents;
using Csto.Reporting.Docx.Styles;
using Csto.Reporting.Docx.Writing;
using DocumentFormat.OpenXml;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace Csto.Reporting.Docx.Blocks;

/// <summary>
/// A table → a caption paragraph above it (Table Caption style: left, as ГОСТ 7.32 wants, kept with the table)
/// and a w:tbl in the Table Grid style: fixed layout, a grid of the column widths the PDF layout set the table with
/// (<see cref="TableColumnWidths"/>; equal shares for automatic columns when there is no layout), header rows repeated
/// (w:tblHeader) and in bold, rows kept whole when <see cref="TableRow.CantSplit"/> unless the layout splits the row
/// (taller than a page, which Word would cut off at the page's foot, or taller than the few lines a moved row may
/// leave empty; Word then splits it wherever its page ends, the PDF only where the gap would be larger), spans as gridSpan/vMerge, cell
/// text in Table Text aligned as its cell, its column or <see cref="TableAlignments"/> says. A cell spanning rows
/// taller than a page continues on the next page as Word continues a vMerge: the rows may break between them, the
/// merged cell's borders run on and its text flows on below the break. Word has no
/// «Продолжение таблицы» label above a repeated header: the DOCX repeats only the header rows.
/// </summary>
internal sealed class TableRenderer : BlockRenderer<Table>
{
    protected override void Write(DocxWriter writer, Table block, OpenXmlCompositeElement container, BlockScope scope)
    {
        if (block.Caption is { Count: > 0 } caption)
        {
            var paragraph = ParagraphFactory.Create(StyleIds.TableCaption, scope.WithoutNumbering(), keepNext: true);
            writer.WriteInlines(caption, paragraph, scope.Run);
            container.Append(paragraph);
        }
        var available = writer.State.CurrentPage.ContentWidth - (scope.LeftIndent ?? 0);
        var widths = ColumnWidths(writer.State.ColumnWidths(block, available) ?? TableColumnWidths.Compute(block, available, _ => default));
        var alignments = TableAlignments.Resolve(block);
        var table = new W.Table(Properties(widths.Sum(), scope.LeftIndent), new W.TableGrid(widths.Select(w => new W.GridColumn { Width = Units.Text(w) })));
        var layout = TableGridLayout.For(block);
        var oversized = writer.State.OversizedRows(block);
        for (var r = 0; r < block.Rows.Count; r++)
        {
            var header = r < block.HeaderRowCount;
            var row = new W.TableRow(RowProperties(block.Rows[r].CantSplit && !oversized.Contains(r), header));
            foreach (var slot in layout.Rows[r])
            {
                row.Append(Cell(writer, slot, widths, alignments, scope, header));
            }
            if (!header && KeptWithNext(block, r) && block.Rows[r].CantSplit && !oversized.Contains(r))
            {
                foreach (var properties in row.Descendants<W.Paragraph>().Select(p => p.ParagraphProperties ??= new W.ParagraphProperties()))
                {
                    properties.KeepNext ??= new W.KeepNext();
                }
            }
            table.Append(row);
        }
        SeparateFromPreviousTable(container);
        container.Append(table);
    }

    /// <summary>
    /// Whether body row <paramref name="r"/> is kept with the next one (keep-with-next on its paragraphs), as in the
    /// PDF: the first body row and the last but one, so no page break leaves a single row on either side and a table
    /// of two or three body rows moves whole. A row that may split (or is taller than the PDF lets a row stay whole)
    /// is not kept with the next: its paragraphs would all be held together with the following row.
    /// </summary>
    private static bool KeptWithNext(Table table, int r)
    {
        var body = table.Rows.Count - table.HeaderRowCount;
        return body >= 2 && (r == table.HeaderRowCount || r == table.Rows.Count - 2);
    }

    /// <summary>Two tables in a row would merge into one: an empty paragraph keeps them apart, as Word does.</summary>
    public static void SeparateFromPreviousTable(OpenXmlCompositeElement container)
    {
        if (container.LastChild is W.Table)
        {
            container.Append(ParagraphFactory.Create(StyleIds.Plain, BlockScope.Body));
        }
    }

    /// <summary>The grid column widths in whole twips from <paramref name="points"/>, adding up to the rounded total.</summary>
    private static int[] ColumnWidths(IReadOnlyList<double> points)
    {
        var widths = new int[points.Count];
        var edge = 0.0;
        for (var c = 0; c < widths.Length; c++)
        {
            // Round the column edges, not the widths, so that rounding errors do not add up.
            widths[c] = Units.Twips(edge + points[c]) - Units.Twips(edge);
            edge += points[c];
        }
        return widths;
    }

    private static W.TableProperties Properties(int width, double? indent)
    {
        var properties = new W.TableProperties(
            new W.TableStyle { Val = StyleIds.TableGrid },
            new W.TableWidth { Width = Units.Text(width), Type = W.TableWidthUnitValues.Dxa });
        if (indent is { } left)
        {
            properties.Append(new W.TableIndentation { Width = Units.Twips(left), Type = W.TableWidthUnitValues.Dxa });
        }
        properties.Append(
            new W.TableLayout { Type = W.TableLayoutValues.Fixed },
            new W.TableLook { Val = "04A0", FirstRow = true, LastRow = false, FirstColumn = false, LastColumn = false, NoHorizontalBand = true, NoVerticalBand = true });
        return properties;
    }

    private static W.TableRowProperties RowProperties(bool cantSplit, bool header)
    {
        var properties = new W.TableRowProperties();
        if (cantSplit)
        {
            properties.Append(new W.CantSplit());
        }
        if (header)
        {
            properties.Append(new W.TableHeader());
        }
        return properties;
    }

    private static W.TableCell Cell(DocxWriter writer, GridSlot slot, int[] widths, CellAlignment[] alignments, BlockScope scope, bool header)
    {
        var width = widths.Skip(slot.Column).Take(slot.Span).Sum();
        var properties = new W.TableCellProperties(new W.TableCellWidth { Width = Units.Text(width), Type = W.TableWidthUnitValues.Dxa });
        if (slot.Span > 1)
        {
            properties.Append(new W.GridSpan { Val = slot.Span });
        }
        if (slot.Merge != VerticalMerge.None)
        {
            properties.Append(new W.VerticalMerge { Val = slot.Merge == VerticalMerge.Restart ? W.MergedCellValues.Restart : W.MergedCellValues.Continue });
        }
        var cell = new W.TableCell(properties);
        var alignment = slot.Cell?.Alignment ?? alignments[slot.Column];
        var cellScope = new BlockScope
        {
            BodyStyle = StyleIds.TableText,
            Alignment = alignment switch
            {
                CellAlignment.Center => W.JustificationValues.Center,
                CellAlignment.Right => W.JustificationValues.Right,
                _ => W.JustificationValues.Left,
            },
            Run = header ? scope.Run with { Bold = true } : scope.Run,
        };
        if (slot.Cell is { Blocks.Count: > 0 } content)
        {
            writer.WriteBlocks(content.Blocks, cell, cellScope);
            OpenedRuns.Open(cell, writer.State.OpenedRuns(content));
        }
        if (!cell.Elements<W.Paragraph>().Any() || cell.LastChild is W.Table)
        {
            cell.Append(ParagraphFactory.Create(StyleIds.TableText, cellScope));
        }
        return cell;
    }
}
