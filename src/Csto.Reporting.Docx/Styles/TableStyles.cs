using Csto.Reporting.Documents;
using Csto.Reporting.Docx.Writing;
using Csto.Reporting.Themes;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace Csto.Reporting.Docx.Styles;

/// <summary>The table style (Table Grid with the theme's rule colour) and the paragraph style of cell text.</summary>
internal static class TableStyles
{
    /// <summary>The cell margin on every side in twips: <see cref="TableColumnWidths.CellPadding"/>.</summary>
    private static readonly int Padding = Units.Twips(TableColumnWidths.CellPadding);

    /// <summary>The styles.</summary>
    public static IEnumerable<W.Style> Build(Theme theme)
    {
        var color = Units.Color(theme.RuleColor);
        var grid = new W.Style(
            new W.StyleName { Val = "Table Grid" },
            new W.BasedOn { Val = StyleIds.TableNormal },
            new W.UIPriority { Val = 39 },
            new W.StyleTableProperties(
                new W.TableBorders(
                    new W.TopBorder { Val = W.BorderValues.Single, Size = 4, Space = 0, Color = color },
                    new W.LeftBorder { Val = W.BorderValues.Single, Size = 4, Space = 0, Color = color },
                    new W.BottomBorder { Val = W.BorderValues.Single, Size = 4, Space = 0, Color = color },
                    new W.RightBorder { Val = W.BorderValues.Single, Size = 4, Space = 0, Color = color },
                    new W.InsideHorizontalBorder { Val = W.BorderValues.Single, Size = 4, Space = 0, Color = color },
                    new W.InsideVerticalBorder { Val = W.BorderValues.Single, Size = 4, Space = 0, Color = color }),
                // The PDF's cell padding on every side, so a column holds the same text in both formats.
                new W.TableCellMarginDefault(
                    new W.TopMargin { Width = Units.Text(Padding), Type = W.TableWidthUnitValues.Dxa },
                    new W.TableCellLeftMargin { Width = (short)Padding, Type = W.TableWidthValues.Dxa },
                    new W.BottomMargin { Width = Units.Text(Padding), Type = W.TableWidthUnitValues.Dxa },
                    new W.TableCellRightMargin { Width = (short)Padding, Type = W.TableWidthValues.Dxa })))
        { Type = W.StyleValues.Table, StyleId = StyleIds.TableGrid };
        yield return grid;

        var text = StyleFactory.Paragraph(StyleIds.TableText, "Table Text", StyleIds.Normal, 40);
        text.StyleParagraphProperties = StyleFactory.ParagraphProperties(
            new W.Justification { Val = W.JustificationValues.Left },
            new W.Indentation { FirstLine = "0" },
            new W.SpacingBetweenLines { After = Units.TwipsText(2), Line = Units.AutoLine(FontMetrics.AutoMultiple(theme.BodyFont, 1.05)), LineRule = W.LineSpacingRuleValues.Auto });
        text.StyleRunProperties = StylesBuilder.Run(size: theme.TableFontSize);
        yield return text;
    }
}
