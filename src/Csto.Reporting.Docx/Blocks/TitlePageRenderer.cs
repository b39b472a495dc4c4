using Csto.Reporting.Documents;
using Csto.Reporting.Docx.Styles;
using Csto.Reporting.Docx.Writing;
using Csto.Reporting.Themes;
using DocumentFormat.OpenXml;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace Csto.Reporting.Docx.Blocks;

/// <summary>
/// A title page → its top blocks, a spacer, its middle blocks (centred on the page), a spacer, its bottom blocks
/// and a page break. WordprocessingML cannot anchor paragraphs to the bottom of a page, so the spacers' heights
/// come from an estimate of the blocks' heights, kept short so the page never overflows; analysts can adjust
/// them as ordinary empty paragraphs.
/// </summary>
internal sealed class TitlePageRenderer : BlockRenderer<TitlePage>
{
    private const double AverageCharWidth = 0.5;

    protected override void Write(DocxWriter writer, TitlePage block, OpenXmlCompositeElement container, BlockScope scope)
    {
        var theme = writer.State.Theme;
        var page = writer.State.CurrentPage;
        var top = Height(block.Top, theme, page.ContentWidth);
        var middle = Height(block.Middle, theme, page.ContentWidth);
        var bottom = Height(block.Bottom, theme, page.ContentWidth);
        var safety = 3 * LineHeight(theme, theme.BodyFontSize);
        var beforeMiddle = Math.Max(0, (page.ContentHeight - middle) / 2 - top);
        var beforeBottom = Math.Max(0, page.ContentHeight - safety - top - beforeMiddle - middle - bottom);

        writer.WriteBlocks(block.Top, container, scope);
        container.Append(Spacer(beforeMiddle));
        writer.WriteBlocks(block.Middle, container, scope);
        container.Append(Spacer(beforeBottom));
        writer.WriteBlocks(block.Bottom, container, scope);
        container.Append(PageBreakRenderer.Create());
    }

    private static W.Paragraph Spacer(double points)
    {
        var paragraph = ParagraphFactory.Create(StyleIds.Plain, BlockScope.Body);
        var properties = paragraph.ParagraphProperties!;
        properties.SpacingBetweenLines = new W.SpacingBetweenLines
        {
            Before = Units.TwipsText(points),
            After = "0",
            Line = "20",
            LineRule = W.LineSpacingRuleValues.Exact,
        };
        return paragraph;
    }

    private static double Height(IEnumerable<Block> blocks, Theme theme, double width) =>
        blocks.Sum(block => block switch
        {
            Paragraph paragraph => ParagraphHeight(paragraph, theme, width),
            _ => 2 * LineHeight(theme, theme.BodyFontSize),
        });

    private static double ParagraphHeight(Paragraph paragraph, Theme theme, double width)
    {
        var size = paragraph.Style switch
        {
            ParagraphStyle.Title => theme.TitleFontSize,
            ParagraphStyle.Subtitle => theme.SubtitleFontSize,
            _ => theme.BodyFontSize,
        };
        var text = DocumentWalker.PlainText(paragraph.Content);
        var breaks = paragraph.Content.Count(i => i is LineBreak);
        var lines = Math.Max(1, (int)Math.Ceiling(text.Length * size * AverageCharWidth / width)) + breaks;
        return lines * LineHeight(theme, size) + size / 2 + theme.ParagraphSpacing;
    }

    private static double LineHeight(Theme theme, double size) => size * 1.15 * theme.LineSpacing;
}
