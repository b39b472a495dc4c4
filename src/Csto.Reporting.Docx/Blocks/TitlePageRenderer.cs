using Csto.Reporting.Documents;
using Csto.Reporting.Docx.Styles;
using Csto.Reporting.Docx.Writing;
using Csto.Reporting.Fonts;
using Csto.Reporting.Themes;
using DocumentFormat.OpenXml;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace Csto.Reporting.Docx.Blocks;

/// <summary>
/// A title page → its top blocks, a spacer, its middle blocks (centred on the page's optical middle,
/// <see cref="TitlePage.OpticalMiddle"/>, the title <see cref="TitlePage.TitleScale"/> times its style's size, as
/// in the PDF), its bottom blocks and a page break. Bottom paragraphs sit in a frame anchored to the bottom margin (w:framePr, which Word and LibreOffice
/// both place), as the PDF puts them; bottom blocks that are not all paragraphs follow a second spacer instead.
/// An empty bottom needs neither.
/// The spacers' heights come from an estimate of the blocks' heights, kept short so the page never overflows;
/// analysts can adjust them as ordinary empty paragraphs.
/// </summary>
internal sealed class TitlePageRenderer : BlockRenderer<TitlePage>
{
    private const double AverageCharWidth = 0.5;
    private const double SpacerLine = 1;

    protected override void Write(DocxWriter writer, TitlePage block, OpenXmlCompositeElement container, BlockScope scope)
    {
        var theme = writer.State.Theme;
        var page = writer.State.CurrentPage;
        // The top blocks' height includes the last one's spacing after, which Word adds before the spacer; the middle
        // is centred on its own height, as the PDF centres it; the spacer's 1 pt line is part of the distance.
        var top = Height(block.Top, theme, page.ContentWidth, withLastSpacing: true);
        var middle = Height(block.Middle, theme, page.ContentWidth, withLastSpacing: false);
        var bottom = Height(block.Bottom, theme, page.ContentWidth, withLastSpacing: false);
        var safety = 3 * LineHeight(theme, theme.BodyFont, theme.BodyFontSize);
        var beforeMiddle = Math.Max(0, page.ContentHeight * TitlePage.OpticalMiddle - middle / 2 - top - SpacerLine);
        var beforeBottom = Math.Max(0, page.ContentHeight - safety - top - beforeMiddle - middle - bottom);

        writer.WriteBlocks(block.Top, container, scope);
        container.Append(Spacer(beforeMiddle));
        var middleStart = container.ChildElements.Count;
        writer.WriteBlocks(block.Middle, container, scope);
        var titleSize = Units.Text((int)Math.Round(theme.TitleFontSize * TitlePage.TitleScale * 2));
        foreach (var title in container.ChildElements.Skip(middleStart).OfType<W.Paragraph>()
            .Where(p => p.ParagraphProperties?.ParagraphStyleId?.Val?.Value == StyleIds.Title))
        {
            foreach (var run in title.Descendants<W.Run>())
            {
                var properties = run.RunProperties ?? run.PrependChild(new W.RunProperties());
                properties.FontSize = new W.FontSize { Val = titleSize };
                properties.FontSizeComplexScript = new W.FontSizeComplexScript { Val = titleSize };
            }
        }
        if (block.Bottom.All(b => b is Paragraph))
        {
            var start = container.ChildElements.Count;
            writer.WriteBlocks(block.Bottom, container, scope);
            foreach (var paragraph in container.ChildElements.Skip(start).OfType<W.Paragraph>())
            {
                (paragraph.ParagraphProperties ??= new W.ParagraphProperties()).FrameProperties = BottomFrame(page);
            }
        }
        else
        {
            container.Append(Spacer(beforeBottom));
            writer.WriteBlocks(block.Bottom, container, scope);
        }
        container.Append(PageBreakRenderer.Create());
    }

    /// <summary>A frame as wide as the text, at the bottom of the text area; paragraphs with equal frames share one.</summary>
    private static W.FrameProperties BottomFrame(PageSetup page) => new()
    {
        Width = Units.TwipsText(page.ContentWidth),
        Wrap = W.TextWrappingValues.Around,
        VerticalPosition = W.VerticalAnchorValues.Margin,
        HorizontalPosition = W.HorizontalAnchorValues.Margin,
        XAlign = W.HorizontalAlignmentValues.Center,
        YAlign = W.VerticalAlignmentValues.Bottom,
    };

    private static W.Paragraph Spacer(double points)
    {
        var paragraph = ParagraphFactory.Create(StyleIds.Plain, BlockScope.Body);
        var properties = paragraph.ParagraphProperties!;
        properties.SpacingBetweenLines = new W.SpacingBetweenLines
        {
            Before = Units.TwipsText(points),
            After = "0",
            Line = Units.TwipsText(SpacerLine),
            LineRule = W.LineSpacingRuleValues.Exact,
        };
        return paragraph;
    }

    private static double Height(IReadOnlyList<Block> blocks, Theme theme, double width, bool withLastSpacing)
    {
        var height = blocks.Sum(block => block switch
        {
            Paragraph paragraph => ParagraphHeight(paragraph, theme, width) + SpacingAfter(paragraph, theme),
            _ => 2 * LineHeight(theme, theme.BodyFont, theme.BodyFontSize),
        });
        return !withLastSpacing && blocks.Count > 0 && blocks[^1] is Paragraph last ? height - SpacingAfter(last, theme) : height;
    }

    private static double ParagraphHeight(Paragraph paragraph, Theme theme, double width)
    {
        var (font, size) = paragraph.Style switch
        {
            ParagraphStyle.Title => (theme.HeadingFont, theme.TitleFontSize * TitlePage.TitleScale),
            ParagraphStyle.Subtitle => (theme.HeadingFont, theme.SubtitleFontSize),
            _ => (theme.BodyFont, theme.BodyFontSize),
        };
        var text = DocumentWalker.PlainText(paragraph.Content);
        var breaks = paragraph.Content.Count(i => i is LineBreak);
        var lines = Math.Max(1, (int)Math.Ceiling(text.Length * size * AverageCharWidth / width)) + breaks;
        return lines * LineHeight(theme, font, size);
    }

    /// <summary>The spacing after a paragraph of the title page, as its style sets it.</summary>
    private static double SpacingAfter(Paragraph paragraph, Theme theme) =>
        paragraph.Style is ParagraphStyle.Title or ParagraphStyle.Subtitle ? TextStyles.TitleSpacingAfter : theme.ParagraphSpacing;

    /// <summary>
    /// The height of a line of <paramref name="font"/> at <paramref name="size"/>: the styles' auto line multiple
    /// puts body baselines theme.LineSpacing sizes apart, and scales with the font's natural line height.
    /// </summary>
    private static double LineHeight(Theme theme, FontFamily font, double size) =>
        size * theme.LineSpacing * FontMetrics.LineHeightRatio(font) / FontMetrics.LineHeightRatio(theme.BodyFont);
}
