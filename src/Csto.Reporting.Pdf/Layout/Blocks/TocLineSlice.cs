using Csto.Reporting.Pdf.Frames;
using Csto.Reporting.Pdf.Text;

namespace Csto.Reporting.Pdf.Layout.Blocks;

/// <summary>
/// A line of a table-of-contents entry. The entry's first line carries the heading's number at the entry's indent
/// (the text stands right of it, its wrapped lines under the text); the last line carries dot leaders and the page
/// number at the right edge; every line links to the heading.
/// </summary>
internal sealed class TocLineSlice : Slice
{
    private readonly TextLineSlice line;
    private readonly string anchor;
    private readonly float right;
    private readonly ShapedPiece? pageNumber;
    private readonly ShapedPiece dot;
    private readonly ShapedPiece? label;
    private readonly float labelX;

    /// <summary>
    /// Creates the slice; <paramref name="pageNumber"/> is set on the entry's last line only, <paramref name="label"/>
    /// (the heading's number, drawn at <paramref name="labelX"/>) on its first line only.
    /// </summary>
    public TocLineSlice(TextLineSlice line, string anchor, float right, ShapedPiece? pageNumber, ShapedPiece dot, ShapedPiece? label = null, float labelX = 0)
    {
        this.label = label;
        this.labelX = labelX;
        this.line = line;
        this.anchor = anchor;
        this.right = right;
        this.pageNumber = pageNumber;
        this.dot = dot;
        Height = line.Height;
        KeepWithNext = line.KeepWithNext;
    }

    /// <inheritdoc />
    public override void Draw(FrameBuilder canvas, float left, float top)
    {
        // The heading's number first, so the entry's marked content reads «1. Title … 3» in structure order.
        var baseline = top + line.Baseline;
        if (label is { } headingNumber)
        {
            canvas.DrawText(headingNumber.Text, headingNumber.Style.Size, left + labelX, baseline, headingNumber.Style.Color);
        }
        var end = TextLineRenderer.Draw(canvas, line.Text, line.Line, left + line.X, top);
        var rightEdge = left + right;
        if (pageNumber is { } number)
        {
            var size = number.Style.Size;
            var numberWidth = number.Text.Advance * size;
            canvas.DrawText(number.Text, size, rightEdge - numberWidth, baseline, number.Style.Color);
            var step = dot.Text.Advance * dot.Style.Size * 2;
            var gap = dot.Style.Size * 0.3f;
            // Dots on a grid shared by all entries, so the leaders line up in columns.
            var x = MathF.Ceiling((end + gap - left) / step) * step + left;
            using (canvas.Artifact(ArtifactKind.Leader))
            {
                for (; x + step <= rightEdge - numberWidth - gap; x += step)
                {
                    canvas.DrawText(dot.Text, dot.Style.Size, x, baseline, dot.Style.Color);
                }
            }
        }
        canvas.Link(new FrameRect(left + (label is null ? line.X : labelX), top, rightEdge, top + Height), "#" + anchor);
    }
}
