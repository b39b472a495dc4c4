using Csto.Reporting.Documents;
using Csto.Reporting.Pdf.Text;

namespace Csto.Reporting.Pdf.Layout.Blocks;

/// <summary>Lays out a heading in its level's style, with its number; every line keeps with what follows.</summary>
internal sealed class HeadingLayout : BlockLayout<Heading>
{
    /// <inheritdoc />
    protected override void Layout(Heading block, LayoutScope scope, LayoutContext context, List<Slice> output)
    {
        var style = context.Theme.Heading(block.Level);
        var format = new ParagraphFormat
        {
            Family = context.Theme.HeadingFont,
            Size = (float)style.FontSize,
            Bold = style.Bold,
            Italic = style.Italic,
            Color = context.HeadingColor,
            Alignment = style.Alignment,
            Hyphenate = false,
            Balanced = true,
            LineSpacing = (float)context.Theme.LineSpacing,
        };
        IReadOnlyList<Inline> content = block.Number is { Length: > 0 } number
            ? [new TextRun(number + " "), .. block.Content]
            : block.Content;
        var text = context.Typeset(content, format, scope.Width);
        var first = output.Count;
        TextLineSlice.AddLines(text, scope.X, output, keepTogether: true);
        output[^1].KeepWithNext = true;
        output[first].SpaceBefore = (float)style.SpaceBefore;
        output[^1].SpaceAfter = (float)style.SpaceAfter;
        output[first].Heading = new HeadingMark(block.Anchor, block.Level, Title(block));
    }

    /// <summary>The heading as the outline and the TOC show it: number, space, text.</summary>
    public static string Title(Heading heading)
    {
        var text = DocumentWalker.PlainText(heading.Content).Trim();
        return heading.Number is { Length: > 0 } number ? number + " " + text : text;
    }
}
