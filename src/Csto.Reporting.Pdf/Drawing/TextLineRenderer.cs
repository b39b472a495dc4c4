using Csto.Reporting.Pdf.Frames;
using Csto.Reporting.Pdf.LineBreaking;
using Csto.Reporting.Pdf.Text;
using Csto.Reporting.Themes;
using SkiaSharp;

namespace Csto.Reporting.Pdf.Drawing;

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

    /// <summary>Draws line <paramref name="index"/> with the paragraph's left edge at <paramref name="left"/> and the line's top at <paramref name="top"/>; returns the x where the line's last glyph ends.</summary>
    public static float Draw(FrameBuilder canvas, TypesetText text, int index, float left, float top)
    {
        var line = text.Lines[index];
        var items = text.Items;
        var baseline = top + text.Baseline;
        var x = left + Offset(text, line);
        var ratio = line.Ratio;
        var scale = line.Scale;
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
                        if (piece.Style.Link != link)
                        {
                            EndLink(canvas, link, linkStart, x, baseline, text);
                            link = piece.Style.Link;
                            linkStart = x;
                        }
                        canvas.DrawText(piece.Text, piece.Style.Size, x, baseline - piece.Style.Rise, piece.Style.Color, item.Stretch > 0 ? scale : 1);
                    }
                    x += item.Stretch > 0 ? item.Width * scale : item.Width;
                    inkEnd = x;
                    break;
                case ItemKind.Glue:
                    if (item.Content >= 0 && i > line.Start && i + 1 < line.End)
                    {
                        var space = text.Pieces[item.Content];
                        canvas.DrawText(space.Text, space.Style.Size, x, baseline, space.Style.Color, scale);
                    }
                    x += item.Width + (ratio >= 0 ? ratio * item.Stretch : ratio * item.Shrink);
                    break;
            }
        }
        if (line.End < items.Count && items[line.End] is { Kind: ItemKind.Penalty, Content: >= 0 } hyphen)
        {
            var piece = text.Pieces[hyphen.Content];
            canvas.DrawText(piece.Text, piece.Style.Size, x, baseline - piece.Style.Rise, piece.Style.Color, scale);
            x += hyphen.Width * scale;
            inkEnd = x;
        }
        EndLink(canvas, link, linkStart, inkEnd, baseline, text);
        return inkEnd;
    }

    private static void EndLink(FrameBuilder canvas, string? link, float start, float end, float baseline, TypesetText text)
    {
        if (link is not null)
        {
            canvas.Link(new SKRect(start, baseline - text.Ascent, end, baseline + text.Descent), link);
        }
    }
}
