using Csto.Reporting.Documents;
using Csto.Reporting.Docx.Writing;
using Csto.Reporting.Themes;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace Csto.Reporting.Docx.Styles;

/// <summary>Heading1–Heading4 with outline levels, the TOC heading and the TOC1–TOC4 entry styles.</summary>
internal static class HeadingStyles
{
    /// <summary>The styles.</summary>
    public static IEnumerable<W.Style> Build(Theme theme)
    {
        for (var level = 1; level <= 4; level++)
        {
            var look = theme.Heading(level);
            var style = StyleFactory.Paragraph(StyleIds.Heading(level), $"heading {level}", StyleIds.Normal, 9, next: StyleIds.Normal);
            style.StyleParagraphProperties = StyleFactory.ParagraphProperties(
                Justification(look.Alignment),
                new W.Indentation { FirstLine = "0" },
                new W.SpacingBetweenLines { Before = Units.TwipsText(look.SpaceBefore), After = Units.TwipsText(look.SpaceAfter) },
                keepNext: true,
                keepLines: true,
                outlineLevel: level - 1);
            style.StyleRunProperties = StylesBuilder.Run(theme.HeadingFont, look.FontSize, look.Bold, look.Italic, theme.HeadingColor);
            if (level > 1)
            {
                style.SemiHidden = null;
                style.UnhideWhenUsed = new W.UnhideWhenUsed();
            }
            yield return style;
        }

        var tocHeading = StyleFactory.Paragraph(StyleIds.TocHeading, "TOC Heading", StyleIds.Heading(1), 39, next: StyleIds.Normal);
        tocHeading.StyleParagraphProperties = StyleFactory.ParagraphProperties(
            new W.Justification { Val = W.JustificationValues.Center }, outlineLevel: 9);
        yield return tocHeading;

        var contentWidth = theme.PageSetup.ContentWidth;
        for (var level = 1; level <= 4; level++)
        {
            var entry = StyleFactory.Paragraph(StyleIds.Toc(level), $"toc {level}", StyleIds.Normal, 39, quick: false, next: StyleIds.Normal);
            entry.UnhideWhenUsed = new W.UnhideWhenUsed();
            // A hanging indent: the number at the entry's indent, a tab to the text, wrapped lines under the text.
            var hanging = TableOfContents.HangingIndent(level);
            var textStart = TableOfContents.LevelIndent(level) + hanging;
            entry.StyleParagraphProperties = StyleFactory.ParagraphProperties(
                new W.Justification { Val = W.JustificationValues.Left },
                new W.Indentation { Left = Units.TwipsText(textStart), Hanging = Units.TwipsText(hanging) },
                new W.SpacingBetweenLines { After = "0" },
                tabs: new W.Tabs(
                    new W.TabStop { Val = W.TabStopValues.Left, Position = Units.Twips(textStart) },
                    TextStyles.RightTab(contentWidth, W.TabStopLeaderCharValues.Dot)));
            yield return entry;
        }
    }


    private static W.Justification Justification(TextAlignment alignment) => new()
    {
        Val = alignment switch
        {
            TextAlignment.Center => W.JustificationValues.Center,
            TextAlignment.Right => W.JustificationValues.Right,
            TextAlignment.Justify => W.JustificationValues.Both,
            _ => W.JustificationValues.Left,
        },
    };
}
