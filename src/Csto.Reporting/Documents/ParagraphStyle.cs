namespace Csto.Reporting.Documents;

/// <summary>The role of a paragraph; the theme decides how each role looks.</summary>
public enum ParagraphStyle
{
    /// <summary>Running text: justified, first-line indent.</summary>
    Body,
    /// <summary>An opening paragraph that stands out (a lead, a summary).</summary>
    Lead,
    /// <summary>A document title, centred and bold.</summary>
    Title,
    /// <summary>A subtitle under the title, centred.</summary>
    Subtitle,
    /// <summary>Centred text without indent.</summary>
    Centered,
    /// <summary>Right-aligned text (an addressee, an approval stamp).</summary>
    RightAligned,
    /// <summary>The place-and-date line of a document (city on the left, date on the right, or one line).</summary>
    PlaceAndDate,
    /// <summary>A table or figure caption.</summary>
    Caption,
    /// <summary>Text without first-line indent, aligned left (notes, sources).</summary>
    Plain,
}
