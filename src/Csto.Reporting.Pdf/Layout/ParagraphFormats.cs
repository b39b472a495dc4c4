using Csto.Reporting.Documents;
using Csto.Reporting.Pdf.Text;
using Csto.Reporting.Themes;

namespace Csto.Reporting.Pdf.Layout;

/// <summary>How each paragraph role is set under a theme: format, space before and after.</summary>
internal static class ParagraphFormats
{
    /// <summary>The line spacing of text in table cells.</summary>
    public const float CellLineSpacing = 1.05f;

    /// <summary>The format and spacing of a paragraph of <paramref name="style"/> in <paramref name="scope"/>.</summary>
    public static (ParagraphFormat Format, float Before, float After) For(ParagraphStyle style, LayoutScope scope, LayoutContext context)
    {
        var theme = context.Theme;
        var body = new ParagraphFormat
        {
            Family = theme.BodyFont,
            Size = scope.FontSize,
            Bold = scope.Bold,
            Color = context.TextColor,
            Alignment = theme.Justify ? TextAlignment.Justify : TextAlignment.Left,
            FirstLineIndent = scope.ListDepth > 0 || scope.InCell ? 0 : (float)theme.FirstLineIndent,
            Hyphenate = theme.Hyphenate,
            LineSpacing = scope.InCell ? CellLineSpacing : (float)theme.LineSpacing,
        };
        var spacing = scope.InCell ? 0 : (float)theme.ParagraphSpacing;
        if (scope.CellAlignment is { } cell)
        {
            var alignment = cell switch
            {
                CellAlignment.Center => TextAlignment.Center,
                CellAlignment.Right => TextAlignment.Right,
                _ => TextAlignment.Left,
            };
            return (body with { Alignment = alignment, Hyphenate = theme.Hyphenate, HyphenateOnlyOverwide = true }, 0, 2);
        }
        var heading = body with { Family = theme.HeadingFont, FirstLineIndent = 0, Hyphenate = false, Alignment = TextAlignment.Center, Color = context.HeadingColor };
        return style switch
        {
            ParagraphStyle.Lead => (body with { Italic = true }, 0, spacing + 6),
            ParagraphStyle.Title => (heading with { Size = (float)theme.TitleFontSize, Bold = true }, 0, 12),
            ParagraphStyle.Subtitle => (heading with { Size = (float)theme.SubtitleFontSize }, 0, 12),
            ParagraphStyle.Centered => (body with { Alignment = TextAlignment.Center, FirstLineIndent = 0, Hyphenate = false }, 0, spacing),
            ParagraphStyle.RightAligned => (body with { Alignment = TextAlignment.Right, FirstLineIndent = 0, Hyphenate = false }, 0, spacing),
            ParagraphStyle.PlaceAndDate => (body with { Alignment = TextAlignment.Left, FirstLineIndent = 0, Hyphenate = false, TabFillsLine = true }, 6, 12),
            ParagraphStyle.Caption => (body with { Alignment = TextAlignment.Center, FirstLineIndent = 0, Hyphenate = false }, 4, 8),
            ParagraphStyle.Plain => (body with { Alignment = TextAlignment.Left, FirstLineIndent = 0 }, 0, spacing),
            _ => (body, 0, spacing),
        };
    }
}
