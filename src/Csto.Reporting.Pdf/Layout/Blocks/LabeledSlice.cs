using Csto.Reporting.Pdf.Frames;
using Csto.Reporting.Pdf.Text;

namespace Csto.Reporting.Pdf.Layout.Blocks;

/// <summary>The first line of a list item with its label («–», «1.») drawn on the same baseline.</summary>
internal sealed class LabeledSlice : Slice
{
    private readonly Slice inner;
    private readonly TypesetText label;
    private readonly float labelX;

    /// <summary>Wraps <paramref name="inner"/>, drawing <paramref name="label"/> at <paramref name="labelX"/>.</summary>
    public LabeledSlice(Slice inner, TypesetText label, float labelX)
    {
        this.inner = inner;
        this.label = label;
        this.labelX = labelX;
        Height = inner.Height;
        Footnotes = inner.Footnotes;
        SpaceBefore = inner.SpaceBefore;
        SpaceAfter = inner.SpaceAfter;
        KeepWithNext = inner.KeepWithNext;
        KeepWithPrevious = inner.KeepWithPrevious;
        Heading = inner.Heading;
        Node = inner.Node;
    }

    /// <summary>The line the label is drawn beside.</summary>
    public Slice Inner => inner;

    /// <summary>The structure element of the label (Lbl).</summary>
    public StructureNode? LabelNode { get; init; }

    /// <inheritdoc />
    public override void Draw(FrameBuilder canvas, float left, float top)
    {
        var baseline = inner is TextLineSlice line ? line.Baseline : label.Baseline;
        using (canvas.Structure(LabelNode))
        {
            TextLineRenderer.Draw(canvas, label, 0, left + labelX, top + baseline - label.Baseline);
        }
        using (canvas.Structure(inner.Node))
        {
            inner.Draw(canvas, left, top);
        }
    }
}
