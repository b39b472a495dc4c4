using Csto.Reporting.Docx.Writing;
using Csto.Reporting.Fonts;
using Csto.Reporting.Themes;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace Csto.Reporting.Docx.Styles;

/// <summary>
/// Builds the styles part from a theme: document defaults (fonts, size, language, line spacing), latent styles
/// and one style per role under Word's built-in ids.
/// </summary>
internal static class StylesBuilder
{
    /// <summary>The styles part's root for <paramref name="theme"/> and a document in <paramref name="language"/>.</summary>
    public static W.Styles Build(Theme theme, string language)
    {
        var styles = new W.Styles(DocDefaults(theme, language), LatentStyleList.Build());
        styles.Append(Defaults(theme));
        styles.Append(TextStyles.Build(theme));
        styles.Append(HeadingStyles.Build(theme));
        styles.Append(NoteAndLinkStyles.Build(theme));
        styles.Append(TableStyles.Build(theme));
        foreach (var style in styles.Elements<W.Style>().Where(s => s.StyleId?.Value is { } id && Unhyphenated.Contains(id)))
        {
            (style.StyleParagraphProperties ??= new W.StyleParagraphProperties()).SuppressAutoHyphens = new W.SuppressAutoHyphens();
        }
        return styles;
    }

    /// <summary>Styles whose lines are never hyphenated, as in the PDF layout: titles, headings, centred and right-aligned text.</summary>
    private static readonly HashSet<string> Unhyphenated = new(StringComparer.Ordinal)
    {
        StyleIds.Title, StyleIds.Subtitle, StyleIds.Heading(1), StyleIds.Heading(2), StyleIds.Heading(3), StyleIds.Heading(4),
        StyleIds.TocHeading, StyleIds.Toc(1), StyleIds.Toc(2), StyleIds.Toc(3), StyleIds.Toc(4), StyleIds.Centered, StyleIds.RightAligned,
        StyleIds.PlaceAndDate, StyleIds.Caption, StyleIds.TableCaption, StyleIds.Figure, StyleIds.Signature, StyleIds.SignatureName, StyleIds.Header, StyleIds.Footer,
    };

    /// <summary>Run properties of a style.</summary>
    public static W.StyleRunProperties Run(FontFamily? font = null, double? size = null, bool bold = false, bool italic = false, string? color = null)
    {
        var run = new W.StyleRunProperties();
        if (font is not null)
        {
            run.RunFonts = Fonts(font);
        }
        if (bold)
        {
            run.Bold = new W.Bold();
            run.BoldComplexScript = new W.BoldComplexScript();
        }
        if (italic)
        {
            run.Italic = new W.Italic();
            run.ItalicComplexScript = new W.ItalicComplexScript();
        }
        if (color is not null)
        {
            run.Color = new W.Color { Val = Units.Color(color) };
        }
        if (size is { } points)
        {
            run.FontSize = new W.FontSize { Val = Units.HalfPoints(points) };
            run.FontSizeComplexScript = new W.FontSizeComplexScript { Val = Units.HalfPoints(points) };
        }
        return run;
    }

    /// <summary>The font of every script set to the family's DOCX name.</summary>
    public static W.RunFonts Fonts(FontFamily font) =>
        new() { Ascii = font.DocxName, HighAnsi = font.DocxName, ComplexScript = font.DocxName, EastAsia = font.DocxName };

    private static W.DocDefaults DocDefaults(Theme theme, string language)
    {
        var run = new W.RunPropertiesBaseStyle
        {
            RunFonts = Fonts(theme.BodyFont),
            FontSize = new W.FontSize { Val = Units.HalfPoints(theme.BodyFontSize) },
            FontSizeComplexScript = new W.FontSizeComplexScript { Val = Units.HalfPoints(theme.BodyFontSize) },
            Languages = new W.Languages { Val = language, EastAsia = language, Bidi = "ar-SA" },
        };
        if (theme.Kerning)
        {
            run.Kern = new W.Kern { Val = 2 };
        }
        var paragraph = new W.ParagraphPropertiesBaseStyle
        {
            SpacingBetweenLines = new W.SpacingBetweenLines
            {
                After = "0",
                Line = Units.AutoLine(FontMetrics.AutoMultiple(theme.BodyFont, theme.LineSpacing)),
                LineRule = W.LineSpacingRuleValues.Auto,
            },
        };
        return new W.DocDefaults(new W.RunPropertiesDefault(run), new W.ParagraphPropertiesDefault(paragraph));
    }

    private static IEnumerable<W.Style> Defaults(Theme theme)
    {
        var normal = StyleFactory.Paragraph(StyleIds.Normal, "Normal", basedOn: null, priority: 0);
        normal.Default = true;
        normal.StyleParagraphProperties = StyleFactory.ParagraphProperties(
            justification: new W.Justification { Val = theme.Justify ? W.JustificationValues.Both : W.JustificationValues.Left },
            indentation: new W.Indentation { FirstLine = Units.TwipsText(theme.FirstLineIndent) },
            spacing: new W.SpacingBetweenLines
            {
                After = Units.TwipsText(theme.ParagraphSpacing),
                Line = Units.AutoLine(FontMetrics.AutoMultiple(theme.BodyFont, theme.LineSpacing)),
                LineRule = W.LineSpacingRuleValues.Auto,
            });
        normal.StyleParagraphProperties.WidowControl = new W.WidowControl();
        normal.StyleRunProperties = Run(color: theme.TextColor);
        yield return normal;

        var font = StyleFactory.Character(StyleIds.DefaultParagraphFont, "Default Paragraph Font", priority: 1, semiHidden: true);
        font.Default = true;
        yield return font;

        var table = new W.Style(
            new W.StyleName { Val = "Normal Table" },
            new W.UIPriority { Val = 99 },
            new W.SemiHidden(),
            new W.UnhideWhenUsed(),
            new W.StyleTableProperties(
                new W.TableIndentation { Width = 0, Type = W.TableWidthUnitValues.Dxa },
                new W.TableCellMarginDefault(
                    new W.TopMargin { Width = "0", Type = W.TableWidthUnitValues.Dxa },
                    new W.TableCellLeftMargin { Width = 108, Type = W.TableWidthValues.Dxa },
                    new W.BottomMargin { Width = "0", Type = W.TableWidthUnitValues.Dxa },
                    new W.TableCellRightMargin { Width = 108, Type = W.TableWidthValues.Dxa })))
        { Type = W.StyleValues.Table, StyleId = StyleIds.TableNormal, Default = true };
        yield return table;

        yield return new W.Style(
            new W.StyleName { Val = "No List" },
            new W.UIPriority { Val = 99 },
            new W.SemiHidden(),
            new W.UnhideWhenUsed())
        { Type = W.StyleValues.Numbering, StyleId = StyleIds.NoList, Default = true };
    }
}
