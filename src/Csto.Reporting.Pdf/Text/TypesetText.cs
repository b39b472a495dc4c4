using Csto.Reporting.Pdf.LineBreaking;

namespace Csto.Reporting.Pdf.Text;

/// <summary>
/// A paragraph broken into lines: the items and pieces of the builder, the chosen lines and the vertical metrics.
/// Lines are drawn straight from the items, so nothing is copied per line.
/// </summary>
internal sealed class TypesetText
{
    public TypesetText(List<Item> items, List<ShapedPiece> pieces, IReadOnlyList<LineBreak> lines, float width, ParagraphFormat format, float ascent, float descent)
    {
        Items = items;
        Pieces = pieces;
        Lines = lines;
        Width = width;
        Format = format;
        LineHeight = format.Size * format.LineSpacing;
        var glyphHeight = (ascent + descent) * format.Size;
        Baseline = (LineHeight - glyphHeight) / 2 + ascent * format.Size;
        Ascent = ascent * format.Size;
        Descent = descent * format.Size;
    }

    /// <summary>The items.</summary>
    public List<Item> Items { get; }

    /// <summary>The drawn pieces the items point at.</summary>
    public List<ShapedPiece> Pieces { get; }

    /// <summary>The lines.</summary>
    public IReadOnlyList<LineBreak> Lines { get; }

    /// <summary>The width lines were broken to.</summary>
    public float Width { get; }

    /// <summary>The format.</summary>
    public ParagraphFormat Format { get; }

    /// <summary>Distance between baselines.</summary>
    public float LineHeight { get; }

    /// <summary>Distance from a line's top to its baseline.</summary>
    public float Baseline { get; }

    /// <summary>The font's ascent at this size.</summary>
    public float Ascent { get; }

    /// <summary>The font's descent at this size.</summary>
    public float Descent { get; }

    /// <summary>
    /// The paragraph's inline structure elements for a document language, found when its first line is drawn and
    /// kept for its other lines (the drawing's memo: derived from the items and pieces alone).
    /// </summary>
    internal (string Language, Layout.InlineElements Elements)? Inlines { get; set; }

    /// <summary>
    /// The runs of words joined by no-break spaces that the paragraph may break at those spaces because they are wider
    /// than its line (<see cref="ParagraphTypesetter.NoBreakSpacePenalty"/>): each run's text as the boxes draw it,
    /// without soft hyphens, every no-break space written U+00A0 (a narrow one too); empty when there are none.
    /// </summary>
    public IReadOnlyList<string> OpenedRuns()
    {
        List<string>? runs = null;
        var text = new System.Text.StringBuilder();
        var opened = false;
        void End()
        {
            if (opened)
            {
                (runs ??= []).Add(text.ToString());
            }
            text.Clear();
            opened = false;
        }
        for (var i = 0; i < Items.Count; i++)
        {
            var item = Items[i];
            var joins = item.Kind == ItemKind.Penalty && i + 1 < Items.Count && Items[i + 1].Kind == ItemKind.Glue && Items[i + 1].Content >= 0;
            if (joins && item.Penalty == ParagraphTypesetter.NoBreakSpacePenalty)
            {
                opened = true;
            }
            if (joins && item.Penalty is ParagraphTypesetter.NoBreakSpacePenalty or >= Item.Forbidden)
            {
                text.Append('\u00A0');
                i++;
            }
            else if (item.Kind == ItemKind.Box && item.Content >= 0)
            {
                text.Append(Pieces[item.Content].Text.Text);
            }
            else if (item.Kind == ItemKind.Glue || (item.Kind == ItemKind.Penalty && item.Penalty <= Item.Forced))
            {
                End();
            }
        }
        End();
        return runs ?? (IReadOnlyList<string>)[];
    }

    /// <summary>The footnote numbers referenced on a line, in order; null when none.</summary>
    public int[]? FootnotesOn(int line)
    {
        List<int>? numbers = null;
        var (start, end) = (Lines[line].Start, Lines[line].End);
        for (var i = start; i < end; i++)
        {
            var item = Items[i];
            if (item.Kind == ItemKind.Box && item.Content >= 0 && Pieces[item.Content].Style.Footnote is > 0 and var n && !(numbers?.Contains(n) ?? false))
            {
                (numbers ??= []).Add(n);
            }
        }
        return numbers?.ToArray();
    }
}

/// <summary>A shaped piece of a paragraph with its style.</summary>
/// <param name="Text">The glyphs.</param>
/// <param name="Style">The style.</param>
internal readonly record struct ShapedPiece(ShapedText Text, TextStyle Style);
