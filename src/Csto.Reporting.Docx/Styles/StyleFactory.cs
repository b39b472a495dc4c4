using W = DocumentFormat.OpenXml.Wordprocessing;

namespace Csto.Reporting.Docx.Styles;

/// <summary>Creates w:style elements with their common attributes; the caller fills in formatting.</summary>
internal static class StyleFactory
{
    /// <summary>A paragraph style.</summary>
    /// <param name="id">The style id.</param>
    /// <param name="name">The name shown in Word (Word's own lower-case name for built-in styles).</param>
    /// <param name="basedOn">The parent style id, or null.</param>
    /// <param name="priority">The gallery order.</param>
    /// <param name="quick">Whether the style is shown in the quick style gallery.</param>
    /// <param name="next">The style of the paragraph after this one, or null for the same.</param>
    public static W.Style Paragraph(string id, string name, string? basedOn, int priority, bool quick = true, string? next = null)
    {
        var style = new W.Style { Type = W.StyleValues.Paragraph, StyleId = id };
        Common(style, name, basedOn, next, priority, quick);
        return style;
    }

    /// <summary>A character style.</summary>
    public static W.Style Character(string id, string name, int priority, bool semiHidden = false)
    {
        var style = new W.Style { Type = W.StyleValues.Character, StyleId = id };
        Common(style, name, basedOn: null, next: null, priority, quick: false);
        if (semiHidden)
        {
            style.SemiHidden = new W.SemiHidden();
            style.UnhideWhenUsed = new W.UnhideWhenUsed();
        }
        return style;
    }

    /// <summary>Paragraph properties with the given pieces set in schema order.</summary>
    public static W.StyleParagraphProperties ParagraphProperties(
        W.Justification? justification = null,
        W.Indentation? indentation = null,
        W.SpacingBetweenLines? spacing = null,
        bool keepNext = false,
        bool keepLines = false,
        int? outlineLevel = null,
        W.Tabs? tabs = null)
    {
        var properties = new W.StyleParagraphProperties();
        if (keepNext)
        {
            properties.KeepNext = new W.KeepNext();
        }
        if (keepLines)
        {
            properties.KeepLines = new W.KeepLines();
        }
        properties.Tabs = tabs;
        properties.SpacingBetweenLines = spacing;
        properties.Indentation = indentation;
        properties.Justification = justification;
        if (outlineLevel is { } level)
        {
            properties.OutlineLevel = new W.OutlineLevel { Val = level };
        }
        return properties;
    }

    private static void Common(W.Style style, string name, string? basedOn, string? next, int priority, bool quick)
    {
        style.StyleName = new W.StyleName { Val = name };
        if (basedOn is not null)
        {
            style.BasedOn = new W.BasedOn { Val = basedOn };
        }
        if (next is not null)
        {
            style.NextParagraphStyle = new W.NextParagraphStyle { Val = next };
        }
        style.UIPriority = new W.UIPriority { Val = priority };
        if (quick)
        {
            style.PrimaryStyle = new W.PrimaryStyle();
        }
    }
}
