namespace Csto.Reporting.Documents;

/// <summary>A paragraph of running text.</summary>
/// <param name="Content">The paragraph's inlines.</param>
/// <param name="Style">Its role; <see cref="ParagraphStyle.Body"/> by default.</param>
public sealed record Paragraph(IReadOnlyList<Inline> Content, ParagraphStyle Style = ParagraphStyle.Body) : Block
{
    /// <summary>Creates a paragraph of plain text.</summary>
    public Paragraph(string text, ParagraphStyle style = ParagraphStyle.Body)
        : this([new TextRun(text)], style)
    {
    }
}
