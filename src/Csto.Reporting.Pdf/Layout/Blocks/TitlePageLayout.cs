using Csto.Reporting.Documents;
using Csto.Reporting.Pdf.Frames;

namespace Csto.Reporting.Pdf.Layout.Blocks;

/// <summary>
/// A title page alone on its page: top blocks at the top, middle blocks centred on the optical middle
/// (<see cref="TitlePage.OpticalMiddle"/>, never over the top blocks) with the title <see cref="TitlePage.TitleScale"/>
/// times its usual size, bottom blocks at the foot; no page number.
/// A title page with more than a page of content flows from a new page on, as running text does.
/// </summary>
internal sealed class TitlePageLayout : BlockLayout<TitlePage>
{
    /// <inheritdoc />
    protected override void Layout(TitlePage block, LayoutScope scope, LayoutContext context, List<Slice> output)
    {
        var top = context.Layouts.LayoutAll(block.Top, scope, context);
        var middle = new List<Slice>();
        foreach (var part in block.Middle)
        {
            if (part is Paragraph { Style: ParagraphStyle.Title } title)
            {
                var (format, before, after) = ParagraphFormats.For(ParagraphStyle.Title, scope, context);
                var text = context.Typeset(title.Content, format with { Size = format.Size * (float)TitlePage.TitleScale }, scope.Width);
                var first = middle.Count;
                TextLineSlice.AddLines(text, scope.X, middle, keepTogether: true);
                middle[first].SpaceBefore = first > 0 ? Math.Max(before, middle[first - 1].SpaceAfter) : before;
                middle[^1].SpaceAfter = after;
            }
            else
            {
                context.Layouts.Layout(part, scope, context, middle);
            }
        }
        var bottom = context.Layouts.LayoutAll(block.Bottom, scope, context);
        var height = (float)context.PageSetup.ContentHeight - 0.01f;
        output.Add(new PageBreakSlice());
        if (BlockLayouts.StackHeight(top) + BlockLayouts.StackHeight(middle) + BlockLayouts.StackHeight(bottom) <= height)
        {
            output.Add(new TitlePageSlice(top, middle, bottom, height));
        }
        else
        {
            // More than a page: the title page flows onto further pages like any text, so nothing is cut off.
            output.AddRange(top.Concat(middle).Concat(bottom));
        }
        output.Add(new PageBreakSlice());
    }

    private sealed class TitlePageSlice : Slice
    {
        private readonly List<Slice> top;
        private readonly List<Slice> middle;
        private readonly List<Slice> bottom;

        public TitlePageSlice(List<Slice> top, List<Slice> middle, List<Slice> bottom, float height)
        {
            this.top = top;
            this.middle = middle;
            this.bottom = bottom;
            Height = height;
        }

        public override bool SuppressFurniture => true;

        public override void Draw(FrameBuilder canvas, float left, float top)
        {
            var topEnd = BlockLayouts.DrawStack(canvas, this.top, left, top);
            var middleHeight = BlockLayouts.StackHeight(middle);
            var middleTop = top + Height * (float)TitlePage.OpticalMiddle - middleHeight / 2;
            BlockLayouts.DrawStack(canvas, middle, left, Math.Max(middleTop, topEnd + (middle.Count > 0 ? middle[0].SpaceBefore : 0)));
            BlockLayouts.DrawStack(canvas, bottom, left, top + Height - BlockLayouts.StackHeight(bottom));
        }
    }
}
