using Csto.Reporting.Charts;
using Csto.Reporting.Documents;
using Csto.Reporting.Docx.Styles;
using Csto.Reporting.Docx.Writing;
using Csto.Reporting.Pictures;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using A = DocumentFormat.OpenXml.Drawing;
using Pic = DocumentFormat.OpenXml.Drawing.Pictures;
using Svg = DocumentFormat.OpenXml.Office2019.Drawing.SVG;
using W = DocumentFormat.OpenXml.Wordprocessing;
using Wp = DocumentFormat.OpenXml.Drawing.Wordprocessing;

namespace Csto.Reporting.Docx.Blocks;

/// <summary>
/// An image → an image part (for SVG: a PNG fallback at 150 dpi of the size shown, at most 4 096 pixels a side, and the SVG itself in an <c>asvg:svgBlip</c>
/// extension, as Word stores SVG pictures) and a centred paragraph with an inline DrawingML picture (extent in EMUs at the size
/// <see cref="ImageFit"/> gives it, as in the PDF; the alt text as its description), then its caption.
/// </summary>
internal sealed class ImageRenderer : BlockRenderer<Image>
{
    /// <summary>The URI of the blip extension that holds an SVG picture (MS-ODRAWXML 2.3.5.1).</summary>
    private const string SvgBlipExtension = "{96DAC541-7B7A-43D3-8B79-37D633B846F1}";

    protected override void Write(DocxWriter writer, Image block, OpenXmlCompositeElement container, BlockScope scope)
    {
        var state = writer.State;
        var relationshipId = state.NextRelationshipId();
        // A chart is drawn in the theme's chart style; other pictures are stored as they are.
        var (data, vector) = ChartPictures.For(block, state.Theme);
        var svgRelationshipId = vector is null ? null : state.NextRelationshipId();
        // An SVG picture is stored as Word stores one: a PNG the blip shows in older readers, the SVG in an extension.
        var available = state.CurrentPage.ContentWidth - (scope.LeftIndent ?? 0);
        var (width, height) = ImageFit.Size(block, available, state.CurrentPage.ContentHeight);
        var bitmap = vector is { } drawing ? (ReadOnlyMemory<byte>)VectorRasterizer.Png(drawing, width, height, state.Theme.BodyFont, named: state.Theme.ChartFont) : data;
        var part = AddImagePart(writer.Part, block.Format == ImageFormat.Jpeg ? "image/jpeg" : "image/png", relationshipId);
        using (var stream = part.GetStream(FileMode.Create, FileAccess.Write))
        {
            stream.Write(bitmap.Span);
        }
        var blip = new A.Blip { Embed = relationshipId };
        if (svgRelationshipId is not null)
        {
            var svgPart = AddImagePart(writer.Part, "image/svg+xml", svgRelationshipId);
            using (var stream = svgPart.GetStream(FileMode.Create, FileAccess.Write))
            {
                stream.Write(data.Span);
            }
            blip.Append(new A.BlipExtensionList(new A.BlipExtension(new Svg.SVGBlip { Embed = svgRelationshipId }) { Uri = SvgBlipExtension }));
        }
        var cx = (long)Math.Round(width * Units.EmusPerPoint);
        var cy = (long)Math.Round(height * Units.EmusPerPoint);
        var id = state.NextDrawingId();
        var name = $"Picture {id}";
        var description = block.AltText ?? string.Empty;

        var inline = new Wp.Inline(
            new Wp.Extent { Cx = cx, Cy = cy },
            new Wp.EffectExtent { LeftEdge = 0, TopEdge = 0, RightEdge = 0, BottomEdge = 0 },
            new Wp.DocProperties { Id = id, Name = name, Description = description },
            new Wp.NonVisualGraphicFrameDrawingProperties(new A.GraphicFrameLocks { NoChangeAspect = true }),
            new A.Graphic(new A.GraphicData(
                new Pic.Picture(
                    new Pic.NonVisualPictureProperties(
                        new Pic.NonVisualDrawingProperties { Id = 0U, Name = name, Description = description },
                        new Pic.NonVisualPictureDrawingProperties()),
                    new Pic.BlipFill(
                        blip,
                        new A.Stretch(new A.FillRectangle())),
                    new Pic.ShapeProperties(
                        new A.Transform2D(new A.Offset { X = 0, Y = 0 }, new A.Extents { Cx = cx, Cy = cy }),
                        new A.PresetGeometry(new A.AdjustValueList()) { Preset = A.ShapeTypeValues.Rectangle })))
            { Uri = "http://schemas.openxmlformats.org/drawingml/2006/picture" }))
        { DistanceFromTop = 0U, DistanceFromBottom = 0U, DistanceFromLeft = 0U, DistanceFromRight = 0U };

        var hasCaption = block.Caption is { Count: > 0 };
        var paragraph = ParagraphFactory.Create(StyleIds.Figure, scope.WithoutNumbering(), keepNext: hasCaption);
        paragraph.Append(new W.Run(new W.Drawing(inline)));
        container.Append(paragraph);
        if (hasCaption)
        {
            var caption = ParagraphFactory.Create(StyleIds.Caption, scope.WithoutNumbering(), W.JustificationValues.Center);
            writer.WriteInlines(block.Caption!, caption, scope.Run);
            container.Append(caption);
        }
    }

    /// <summary>Adds an image part under word/media to the part that shows the picture.</summary>
    private static ImagePart AddImagePart(OpenXmlPart owner, string contentType, string id) => owner switch
    {
        MainDocumentPart main => main.AddImagePart(contentType, id),
        FootnotesPart footnotes => footnotes.AddImagePart(contentType, id),
        HeaderPart header => header.AddImagePart(contentType, id),
        FooterPart footer => footer.AddImagePart(contentType, id),
        _ => throw new NotSupportedException($"Pictures cannot be placed in a {owner.GetType().Name}."),
    };
}
