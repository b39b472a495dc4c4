using Csto.Reporting.Documents;
using Csto.Reporting.Pdf.Frames;
using SkiaSharp;

namespace Csto.Reporting.Pdf.Layout.Blocks;

/// <summary>An image (parsed once per rendering, see <see cref="ImageCache"/>) centred at its size, scaled down to fit the width and the page; the caption below, kept with it.</summary>
internal sealed class ImageLayout : BlockLayout<Image>
{
    /// <inheritdoc />
    protected override void Layout(Image block, LayoutScope scope, LayoutContext context, List<Slice> output)
    {
        var width = (float)block.WidthPoints;
        var height = (float)block.HeightPoints;
        var maxHeight = (float)context.PageSetup.ContentHeight * 0.85f;
        var scale = Math.Min(1, Math.Min(scope.Width / width, maxHeight / height));
        width *= scale;
        height *= scale;
        context.Images.Get(block, context.Options.SourceName);
        var image = new ImageSlice(block, scope.X + (scope.Width - width) / 2, width, height)
        {
            SpaceBefore = 6,
            SpaceAfter = 6,
            KeepWithNext = block.Caption is not null,
        };
        output.Add(image);
        if (block.Caption is { } caption)
        {
            var (format, before, after) = ParagraphFormats.For(ParagraphStyle.Caption, scope, context);
            var text = context.Typeset(caption, format, scope.Width);
            var first = output.Count;
            TextLineSlice.AddLines(text, scope.X, output, keepTogether: true);
            var captionNode = new StructureNode(StructureRole.Caption, context.CurrentNode);
            output.Skip(first).ToList().ForEach(s => s.Node = captionNode);
            output[first].SpaceBefore = before;
            output[^1].SpaceAfter = after;
        }
    }

    private sealed class ImageSlice : Slice
    {
        private readonly Image image;
        private readonly float x;
        private readonly float width;

        public ImageSlice(Image image, float x, float width, float height)
        {
            this.image = image;
            this.x = x;
            this.width = width;
            Height = height;
        }

        public override void Draw(FrameBuilder canvas, float left, float top)
        {
            canvas.Image(image, new SKRect(left + x, top, left + x + width, top + Height));
        }
    }
}
