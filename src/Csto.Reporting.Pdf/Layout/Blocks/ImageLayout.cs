using Csto.Reporting.Documents;
using Csto.Reporting.Pdf.Drawing;
using SkiaSharp;

namespace Csto.Reporting.Pdf.Layout.Blocks;

/// <summary>An image centred at its size, scaled down to fit the width and the page; the caption below, kept with it.</summary>
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
        using (var data = SKData.CreateCopy(block.Data.Span))
        using (var codec = SKCodec.Create(data))
        {
            if (codec is null)
            {
                throw new Diagnostics.ReportInputException(new Diagnostics.InputProblem(context.Options.SourceName,
                    $"An image ({block.Format}, {block.Data.Length} bytes{(block.AltText is { } alt ? ", «" + alt + "»" : string.Empty)}) cannot be decoded; it is damaged or not really {block.Format}."));
            }
        }
        var image = new ImageSlice(block.Data, scope.X + (scope.Width - width) / 2, width, height)
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
            output[first].SpaceBefore = before;
            output[^1].SpaceAfter = after;
        }
    }

    private sealed class ImageSlice : Slice
    {
        private readonly ReadOnlyMemory<byte> data;
        private readonly float x;
        private readonly float width;

        public ImageSlice(ReadOnlyMemory<byte> data, float x, float width, float height)
        {
            this.data = data;
            this.x = x;
            this.width = width;
            Height = height;
        }

        public override void Draw(PageCanvas canvas, float left, float top)
        {
            using var encoded = SKData.CreateCopy(data.Span);
            using var image = SKImage.FromEncodedData(encoded)
                ?? throw new InvalidOperationException("An image of the document could not be decoded; it is not valid PNG or JPEG data.");
            canvas.Image(image, new SKRect(left + x, top, left + x + width, top + Height));
        }
    }
}
