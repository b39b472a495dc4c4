using Csto.Reporting.Pdf.Frames;
using Csto.Reporting.Pdf.LineBreaking;
using Csto.Reporting.Pdf.Text;
using Csto.Reporting.Themes;

namespace Csto.Reporting.Pdf.Layout;

/// <summary>
/// Draws one line of a typeset paragraph: boxes at positions given by the glue ratio, a space glyph in each gap (so
/// extracted text has real spaces), the hyphen of a hyphenated break, and link annotations over linked words. The
/// glyphs of expandable boxes, the spaces and the hyphen are drawn at the line's horizontal scale (glyph expansion).
/// </summary>
internal static class TextLineRenderer
{
    /// <summary>The x of a line's left end relative to the paragraph's left edge.</summary>
    public static float Offset(TypesetText text, LineBreak line) => text.Format.Alignment switch
    {
        TextAlignment.Right => Math.Max(0, text.Width - line.NaturalWidth),
        TextAlignment.Center => Math.Max(0, (text.Width - line.NaturalWidth) / 2),
        _ => 0,
    };

    /// <summary>
    /// Draws line <paramref name="index"/> with the paragraph's left edge at <paramref name="left"/> and the line's top
    /// at <paramref name="top"/>; returns the x where the line's last glyph ends. Links, footnote references and words
    /// in another language are drawn as inline elements under the current structure node; the parts of a word
    /// hyphenated at a line end carry the whole word as replacement text (on the first part, empty on the rest).
    /// </summary>
    public static float Draw(FrameBuilder canvas, TypesetText text, int index, float left, float top)
    {
        var line = text.Lines[index];
        var items = text.Items;
        var baseline = top + text.Baseline;
        var x = left + Offset(text, line);
        var ratio = line.Ratio;
        var scale = line.Scale;
        var parent = canvas.CurrentMark.Node;
        var inlines = parent is null ? null : InlineElements.Of(text, DocumentLanguage(parent));
        var (continuationEnd, hyphenatedStart, word) = HyphenatedWords(text, index);
        StructureNode? inline = null;
        var scope = default(FrameBuilder.MarkScope);
        string? link = null;
        var linkStart = 0f;
        var inkEnd = x;
        for (var i = line.Start; i < line.End; i++)
        {
            var item = items[i];
            switch (item.Kind)
            {
                case ItemKind.Box:
                    if (item.Content >= 0)
                    {
                        var piece = text.Pieces[item.Content];
                        var node = inlines?.Node(text, item.Content, parent!);
                        if (node != inline || piece.Style.Link != link)
                        {
                            EndLink(canvas, link, linkStart, x, baseline, text);
                            if (node != inline)
                            {
                                scope.Dispose();
                                scope = canvas.Structure(node);
                                inline = node;
                            }
                            link = piece.Style.Link;
                            linkStart = x;
                        }
                        canvas.ActualText = i < continuationEnd ? string.Empty : i >= hyphenatedStart ? word : null;
                        canvas.DrawText(piece.Text, piece.Style.Size, x, baseline - piece.Style.Rise, piece.Style.Color, item.Stretch > 0 ? scale : 1);
                    }
                    x += item.Stretch > 0 ? item.Width * scale : item.Width;
                    inkEnd = x;
                    break;
                case ItemKind.Glue:
                    if (item.Content >= 0 && i > line.Start && i + 1 < line.End)
                    {
                        var space = text.Pieces[item.Content];
                        var node = inlines?.Node(text, item.Content, parent!);
                        if (node != inline)
                        {
                            EndLink(canvas, link, linkStart, inkEnd, baseline, text);
                            link = null;
                            scope.Dispose();
                            scope = canvas.Structure(node);
                            inline = node;
                        }
                        canvas.ActualText = null;
                        canvas.DrawText(space.Text, space.Style.Size, x, baseline, space.Style.Color, scale);
                    }
                    x += item.Width + (ratio >= 0 ? ratio * item.Stretch : ratio * item.Shrink);
                    break;
            }
        }
        if (EndsWithInsertedHyphen(text, index))
        {
            var piece = text.Pieces[items[line.End].Content];
            canvas.ActualText = word;
            canvas.DrawText(piece.Text, piece.Style.Size, x, baseline - piece.Style.Rise, piece.Style.Color, scale);
            x += items[line.End].Width * scale;
            inkEnd = x;
        }
        canvas.ActualText = null;
        EndLink(canvas, link, linkStart, inkEnd, baseline, text);
        scope.Dispose();
        return inkEnd;
    }

    /// <summary>Whether line <paramref name="index"/> ends at a hyphenation point where a hyphen is drawn.</summary>
    private static bool EndsWithInsertedHyphen(TypesetText text, int index) =>
        text.Lines[index].End < text.Items.Count && text.Items[text.Lines[index].End] is { Kind: ItemKind.Penalty, Content: >= 0 };

    /// <summary>
    /// Whether line <paramref name="index"/> ends inside a word: at a hyphenation point where a hyphen is drawn, or at
    /// an emergency break between the characters of a word wider than the line
    /// (<see cref="ParagraphTypesetter.CharacterBreakPenalty"/>, drawn without a hyphen next to digits or in a token).
    /// </summary>
    private static bool EndsInsideWord(TypesetText text, int index)
    {
        var end = text.Lines[index].End;
        return EndsWithInsertedHyphen(text, index)
            || (end > 0 && end + 1 < text.Items.Count && text.Items[end] is { Kind: ItemKind.Penalty, Penalty: ParagraphTypesetter.CharacterBreakPenalty, Content: < 0 }
                && text.Items[end - 1].Kind == ItemKind.Box && text.Items[end + 1].Kind == ItemKind.Box);
    }

    /// <summary>
    /// Where on line <paramref name="index"/> a word hyphenated at the previous line's end goes on (items before
    /// <c>ContinuationEnd</c>), where a word hyphenated at this line's end starts (<c>HyphenatedStart</c>, past the
    /// line's end when none), and that word whole (empty when it started on an earlier line, which carries it).
    /// </summary>
    private static (int ContinuationEnd, int HyphenatedStart, string? Word) HyphenatedWords(TypesetText text, int index)
    {
        var line = text.Lines[index];
        var items = text.Items;
        var continuationEnd = line.Start;
        if (index > 0 && EndsInsideWord(text, index - 1))
        {
            while (continuationEnd < line.End && items[continuationEnd].Kind != ItemKind.Glue)
            {
                continuationEnd++;
            }
        }
        if (!EndsInsideWord(text, index))
        {
            return (continuationEnd, int.MaxValue, null);
        }
        var start = line.End;
        while (start > 0 && items[start - 1].Kind != ItemKind.Glue)
        {
            start--;
        }
        if (start < line.Start)
        {
            // The whole line is the middle of a word that an earlier line carries.
            return (continuationEnd, line.Start, string.Empty);
        }
        var end = line.End;
        while (end < items.Count && items[end].Kind != ItemKind.Glue)
        {
            end++;
        }
        var word = new System.Text.StringBuilder();
        for (var i = start; i < end; i++)
        {
            if (items[i] is { Kind: ItemKind.Box, Content: >= 0 } box)
            {
                word.Append(text.Pieces[box.Content].Text.Text);
            }
        }
        return (continuationEnd, start, word.ToString());
    }

    private static string DocumentLanguage(StructureNode node)
    {
        while (node.Parent is { } parent)
        {
            node = parent;
        }
        return node.Language ?? "ru-RU";
    }

    private static void EndLink(FrameBuilder canvas, string? link, float start, float end, float baseline, TypesetText text)
    {
        if (link is not null)
        {
            canvas.Link(new FrameRect(start, baseline - text.Ascent, end, baseline + text.Descent), link);
        }
    }
}
