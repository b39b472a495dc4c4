using System.Globalization;
using Csto.Reporting.Documents;
using Csto.Reporting.Pdf.Frames;
using Csto.Reporting.Pdf.Text;
using Csto.Reporting.Themes;

namespace Csto.Reporting.Pdf.Layout.Blocks;

/// <summary>
/// Lays out a list the Russian way: ordered items «1.», unordered «–» (nested «•»); labels at the paragraph indent,
/// text after them with a hanging indent; nested lists align with their parent's text, and stop indenting once their
/// text is down to <see cref="LayoutScope.MinimumMeasureShare"/> of the measure.
/// </summary>
internal sealed class ItemListLayout : BlockLayout<ItemList>
{
    /// <inheritdoc />
    protected override void Layout(ItemList block, LayoutScope scope, LayoutContext context, List<Slice> output)
    {
        var depth = scope.ListDepth;
        var number = block.Ordered && block.ContinuesPrevious && context.ListCounters.TryGetValue(depth, out var next) ? next : block.Start;
        var (format, _, _) = ParagraphFormats.For(ParagraphStyle.Plain, scope, context);
        format = format with { Alignment = TextAlignment.Left, Hyphenate = false, FirstLineIndent = 0 };
        var labels = block.Items.Select((_, i) => block.Ordered
            ? (number + i).ToString(CultureInfo.InvariantCulture) + "."
            : depth % 2 == 0 ? "–" : "•").ToList();
        var typesetLabels = labels.Select(l => context.Typeset([new TextRun(l)], format, scope.Width)).ToList();
        var widest = typesetLabels.Max(t => t.Lines[0].NaturalWidth);
        var labelWidth = Math.Max(widest + format.Size * 0.5f, format.Size * 1.2f);
        var indent = depth == 0 && !scope.InCell ? (float)context.Theme.FirstLineIndent : 0;
        var itemScope = scope.Nest(indent + labelWidth) with { ListDepth = depth + 1 };
        var listStart = output.Count;
        for (var i = 0; i < block.Items.Count; i++)
        {
            var start = output.Count;
            var item = new StructureNode(StructureRole.LI, context.CurrentNode);
            var label = new StructureNode(StructureRole.Lbl, item);
            using (context.Enter(new StructureNode(StructureRole.LBody, item)))
            {
                foreach (var child in block.Items[i].Blocks)
                {
                    context.Layouts.Layout(child, itemScope, context, output);
                }
            }
            if (output.Count == start)
            {
                continue;
            }
            // The label hangs left of the text; at the minimum measure it reaches into the parent's indent.
            var labelX = itemScope.X - labelWidth;
            output[start] = new LabeledSlice(output[start], typesetLabels[i], labelX) { LabelNode = label };
            if (i > 0)
            {
                output[start].SpaceBefore = Math.Max(output[start].SpaceBefore, 2);
            }
        }
        if (block.Ordered)
        {
            context.ListCounters[depth] = number + block.Items.Count;
        }
        if (output.Count > listStart)
        {
            output[listStart].SpaceBefore = Math.Max(output[listStart].SpaceBefore, depth == 0 ? 3 : 0);
            output[^1].SpaceAfter = Math.Max(output[^1].SpaceAfter, depth == 0 ? 6 : 0);
        }
    }
}
