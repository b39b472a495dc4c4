using Csto.Reporting.Docx.Writing;
using Csto.Reporting.Themes;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace Csto.Reporting.Docx.Styles;

/// <summary>
/// Footnote text (set from the paragraph indent, as ГОСТ places footnotes and as the PDF draws them) and reference
/// styles and the hyperlink character style.
/// </summary>
internal static class NoteAndLinkStyles
{
    /// <summary>The styles.</summary>
    public static IEnumerable<W.Style> Build(Theme theme)
    {
        var text = StyleFactory.Paragraph(StyleIds.FootnoteText, "footnote text", StyleIds.Normal, 99, quick: false);
        text.UnhideWhenUsed = new W.UnhideWhenUsed();
        text.StyleParagraphProperties = StyleFactory.ParagraphProperties(
            indentation: new W.Indentation { FirstLine = Units.TwipsText(theme.FirstLineIndent) },
            spacing: new W.SpacingBetweenLines { After = "0", Line = "240", LineRule = W.LineSpacingRuleValues.Auto });
        text.StyleRunProperties = StylesBuilder.Run(size: theme.FootnoteFontSize);
        yield return text;

        var reference = StyleFactory.Character(StyleIds.FootnoteReference, "footnote reference", 99, semiHidden: true);
        reference.StyleRunProperties = new W.StyleRunProperties { VerticalTextAlignment = new W.VerticalTextAlignment { Val = W.VerticalPositionValues.Superscript } };
        yield return reference;

        var link = StyleFactory.Character(StyleIds.Hyperlink, "Hyperlink", 99, semiHidden: true);
        link.StyleRunProperties = new W.StyleRunProperties
        {
            Color = new W.Color { Val = Units.Color(theme.LinkColor) },
            Underline = new W.Underline { Val = W.UnderlineValues.Single },
        };
        yield return link;
    }
}
