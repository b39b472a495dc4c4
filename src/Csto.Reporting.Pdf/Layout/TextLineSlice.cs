using Csto.Reporting.Pdf.Frames;
using Csto.Reporting.Pdf.Text;

namespace Csto.Reporting.Pdf.Layout;

/// <summary>One line of a typeset paragraph.</summary>
internal sealed class TextLineSlice : Slice
{
    /// <summary>Creates the slice of line <paramref name="line"/>, indented by <paramref name="x"/>.</summary>
    public TextLineSlice(TypesetText text, int line, float x)
    {
        Text = text;
        Line = line;
        X = x;
        Height = text.LineHeight;
        Footnotes = text.FootnotesOn(line);
    }

    /// <summary>The paragraph.</summary>
    public TypesetText Text { get; }

    /// <summary>The line index.</summary>
    public int Line { get; }

    /// <summary>The paragraph's left edge relative to the content area.</summary>
    public float X { get; }

    /// <summary>Whether the line ends in a hyphen or a dash of a word broken across lines (a page should not end here).</summary>
    public bool EndsWithHyphen => Text.Lines[Line].End is var end && end < Text.Items.Count && Text.Items[end] is { Kind: LineBreaking.ItemKind.Penalty, Flagged: true };

    /// <summary>The baseline's distance from the slice's top.</summary>
    public float Baseline => Text.Baseline;

    /// <summary>The x, relative to the content area, where the line's text starts.</summary>
    public float TextStart => X + TextLineRenderer.Offset(Text, Text.Lines[Line]);

    /// <inheritdoc />
    public override void Draw(FrameBuilder canvas, float left, float top) =>
        TextLineRenderer.Draw(canvas, Text, Line, left + X, top);

    /// <summary>Adds the slices of every line of a paragraph, with orphan and widow control (two lines each).</summary>
    public static void AddLines(TypesetText text, float x, List<Slice> output, bool keepTogether = false)
    {
        var count = text.Lines.Count;
        var first = output.Count;
        for (var i = 0; i < count; i++)
        {
            output.Add(new TextLineSlice(text, i, x) { KeepWithNext = keepTogether && i < count - 1 });
        }
        if (count >= 2)
        {
            output[first].KeepWithNext = true;
            output[first + count - 2].KeepWithNext = true;
        }
    }
}
