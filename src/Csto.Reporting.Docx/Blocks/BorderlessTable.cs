using Csto.Reporting.Docx.Writing;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace Csto.Reporting.Docx.Blocks;

/// <summary>
/// The layout tables of the signature block and the contents: no rules, a fixed grid and no cell margins at the
/// left and right, so a cell's text starts exactly at its column's edge, as in the PDF.
/// </summary>
internal static class BorderlessTable
{
    /// <summary>The table's properties.</summary>
    /// <param name="width">The table's width in twips.</param>
    /// <param name="indent">Its indent from the left margin in points, or null for none.</param>
    public static W.TableProperties Properties(int width, double? indent = null)
    {
        var properties = new W.TableProperties(new W.TableWidth { Width = Units.Text(width), Type = W.TableWidthUnitValues.Dxa });
        if (indent is { } left)
        {
            properties.Append(new W.TableIndentation { Width = Units.Twips(left), Type = W.TableWidthUnitValues.Dxa });
        }
        properties.Append(
            new W.TableBorders(
                new W.TopBorder { Val = W.BorderValues.Nil },
                new W.LeftBorder { Val = W.BorderValues.Nil },
                new W.BottomBorder { Val = W.BorderValues.Nil },
                new W.RightBorder { Val = W.BorderValues.Nil },
                new W.InsideHorizontalBorder { Val = W.BorderValues.Nil },
                new W.InsideVerticalBorder { Val = W.BorderValues.Nil }),
            new W.TableLayout { Type = W.TableLayoutValues.Fixed },
            new W.TableCellMarginDefault(
                new W.TableCellLeftMargin { Width = 0, Type = W.TableWidthValues.Dxa },
                new W.TableCellRightMargin { Width = 0, Type = W.TableWidthValues.Dxa }),
            new W.TableLook { Val = "0000", FirstRow = false, LastRow = false, FirstColumn = false, LastColumn = false, NoHorizontalBand = true, NoVerticalBand = true });
        return properties;
    }

    /// <summary>A cell of <paramref name="width"/> twips holding <paramref name="paragraph"/>, aligned vertically.</summary>
    public static W.TableCell Cell(int width, W.TableVerticalAlignmentValues alignment, W.Paragraph paragraph) =>
        new(new W.TableCellProperties(
                new W.TableCellWidth { Width = Units.Text(width), Type = W.TableWidthUnitValues.Dxa },
                new W.TableCellVerticalAlignment { Val = alignment }),
            paragraph);
}
