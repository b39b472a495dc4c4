using Csto.Reporting.Documents;
using Csto.Reporting.Pdf.Fonts;
using Csto.Reporting.Pdf.Text;
using Csto.Reporting.Pictures;
using Csto.Reporting.Themes;
using Csto.Reporting.Pdf.Frames;

namespace Csto.Reporting.Pdf.Layout.Blocks;

/// <summary>An image (checked once, see <see cref="PictureCheck"/>) centred at the size <see cref="ImageFit"/> gives it; the caption below, kept with it.</summary>
internal sealed class ImageLayout : BlockLayout<Image>
{
    /// <inheritdoc />
    protected override void Layout(Image block, LayoutScope scope, LayoutContext context, List<Slice> output)
    {
        var (fitWidth, fitHeight) = ImageFit.Size(block, scope.Width, context.PageSetup.ContentHeight);
        var width = (float)fitWidth;
        var height = (float)fitHeight;
        var drawing = Charts.ChartPictures.For(block, context.Theme).Drawing;
        if (drawing is null)
        {
            PictureCheck.Ensure(block, message => context.ProblemAt(block, message));
        }
        var image = new ImageSlice(block, drawing, scope.X + (scope.Width - width) / 2, width, height, context.Theme)
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

    /// <summary>
    /// A picture: PNG and JPEG as an image; SVG (a chart in the theme's chart style) as its paths
    /// (<see cref="FrameBuilder.Vector"/>) and its texts set as glyph runs in the family the SVG names (the theme's
    /// chart font or a bundled family), or else the theme's body font, at the SVG's sizes.
    /// </summary>
    private sealed class ImageSlice : Slice
    {
        private readonly Image image;
        private readonly VectorDrawing? drawing;
        private readonly float x;
        private readonly float width;
        private readonly Theme theme;

        public ImageSlice(Image image, VectorDrawing? drawing, float x, float width, float height, Theme theme)
        {
            this.image = image;
            this.drawing = drawing;
            this.x = x;
            this.width = width;
            this.theme = theme;
            Height = height;
        }

        public override void Draw(FrameBuilder canvas, float left, float top)
        {
            var rect = new FrameRect(left + x, top, left + x + width, top + Height);
            if (this.drawing is not { } drawing)
            {
                canvas.Image(image, rect);
                return;
            }
            canvas.Vector(drawing, rect);
            var scale = width / (float)drawing.Width;
            foreach (var text in drawing.Items.OfType<VectorText>())
            {
                var font = FontCatalog.Get(VectorRasterizer.Family(text, theme.BodyFont, theme.ChartFont), text.Bold, text.Italic, theme.FallbackFonts);
                var shaped = TextShaper.Shape(font, text.Text, kerning: true, ligatures: false);
                var size = (float)text.Size * scale;
                var advance = shaped.Advance * size;
                var start = rect.Left + (float)text.X * scale - text.Anchor switch { TextAnchor.Middle => advance / 2, TextAnchor.End => advance, _ => 0 };
                canvas.DrawText(shaped, size, start, rect.Top + (float)text.Y * scale, new FrameColor(text.Color.Red, text.Color.Green, text.Color.Blue));
                canvas.Flush();
            }
        }
    }
}
