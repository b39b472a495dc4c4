using Csto.Reporting.Documents;
using Csto.Reporting.Pdf.Frames;

namespace Csto.Reporting.Pdf.Layout.Blocks;

/// <summary>A title page alone on its page: top blocks at the top, middle blocks centred, bottom blocks at the bottom; no page number.</summary>
internal sealed class TitlePageLayout : BlockLayout<TitlePage>
{
    /// <inheritdoc />
    protected override void Layout(TitlePage block, LayoutScope scope, LayoutContext context, List<Slice> output)
    {
        var top = context.Layouts.LayoutAll(block.Top, scope, context);
        var middle = context.Layouts.LayoutAll(block.Middle, scope, context);
        var bottom = context.Layouts.LayoutAll(block.Bottom, scope, context);
        output.Add(new PageBreakSlice());
        output.Add(new TitlePageSlice(top, middle, bottom, (float)context.PageSetup.ContentHeight - 0.01f));
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
            BlockLayouts.DrawStack(canvas, this.top, left, top);
            var middleHeight = BlockLayouts.StackHeight(middle);
            BlockLayouts.DrawStack(canvas, middle, left, top + (Height - middleHeight) / 2);
            BlockLayouts.DrawStack(canvas, bottom, left, top + Height - BlockLayouts.StackHeight(bottom));
        }
    }
}
