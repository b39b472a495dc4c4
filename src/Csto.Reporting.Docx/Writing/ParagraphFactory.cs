using Csto.Reporting.Docx.Styles;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace Csto.Reporting.Docx.Writing;

/// <summary>
/// The paragraph logic every block renderer shares: the style (with the scope's replacement for running text),
/// the list numbering and indent, alignment and keep-with-next.
/// </summary>
internal static class ParagraphFactory
{
    /// <summary>Creates an empty paragraph in <paramref name="styleId"/> adjusted to <paramref name="scope"/>.</summary>
    /// <param name="styleId">The paragraph style id.</param>
    /// <param name="scope">What the container imposes.</param>
    /// <param name="alignment">An alignment that overrides the style and the scope.</param>
    /// <param name="keepNext">Whether the paragraph keeps with the next one.</param>
    public static W.Paragraph Create(string styleId, BlockScope scope, W.JustificationValues? alignment = null, bool keepNext = false)
    {
        if (scope.BodyStyle is not null && styleId is StyleIds.Normal or StyleIds.Plain)
        {
            styleId = scope.BodyStyle;
        }
        else if (scope.ListDepth > 0 && styleId == StyleIds.Normal)
        {
            styleId = StyleIds.ListParagraph;
        }
        var properties = new W.ParagraphProperties();
        if (styleId != StyleIds.Normal)
        {
            properties.ParagraphStyleId = new W.ParagraphStyleId { Val = styleId };
        }
        if (keepNext || scope.KeepNext)
        {
            properties.KeepNext = new W.KeepNext();
        }
        if (scope.Numbering is { } numbering)
        {
            properties.NumberingProperties = new W.NumberingProperties(
                new W.NumberingLevelReference { Val = numbering.Level },
                new W.NumberingId { Val = numbering.NumId });
        }
        else if (scope.LeftIndent is { } indent)
        {
            properties.Indentation = new W.Indentation { Left = Units.TwipsText(indent), FirstLine = "0" };
        }
        if ((alignment ?? scope.Alignment) is { } justification)
        {
            properties.Justification = new W.Justification { Val = justification };
        }
        var paragraph = new W.Paragraph();
        if (properties.HasChildren)
        {
            paragraph.Append(properties);
        }
        return paragraph;
    }
}
