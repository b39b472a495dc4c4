using W = DocumentFormat.OpenXml.Wordprocessing;

namespace Csto.Reporting.Docx.Writing;

/// <summary>
/// What the container of a block imposes on its paragraphs: a list item's numbering and indent, a cell's
/// style and alignment, a quote's style, a footnote's style. Immutable; containers pass a changed copy down.
/// </summary>
internal sealed record BlockScope
{
    /// <summary>Running text at the top level of a section.</summary>
    public static BlockScope Body { get; } = new();

    /// <summary>The style that replaces Normal and Plain for running text here (FootnoteText, TableText, Quote); null for none.</summary>
    public string? BodyStyle { get; init; }

    /// <summary>The numbering (numId, level) of the first paragraph of a list item; null elsewhere.</summary>
    public (int NumId, int Level)? Numbering { get; init; }

    /// <summary>A left indent in points imposed on every paragraph (list items); null for the style's.</summary>
    public double? LeftIndent { get; init; }

    /// <summary>The nesting depth of lists around the block: 0 outside lists.</summary>
    public int ListDepth { get; init; }

    /// <summary>The alignment imposed by a table cell; null for the style's.</summary>
    public W.JustificationValues? Alignment { get; init; }

    /// <summary>Formatting applied to every run (header rows are bold).</summary>
    public RunFormat Run { get; init; } = RunFormat.Plain;

    /// <summary>Whether paragraphs keep with the next one (captions, signature blocks).</summary>
    public bool KeepNext { get; init; }

    /// <summary>The same scope for the blocks after an item's first paragraph: no numbering, the same indent.</summary>
    public BlockScope WithoutNumbering() => Numbering is null ? this : this with { Numbering = null };
}
