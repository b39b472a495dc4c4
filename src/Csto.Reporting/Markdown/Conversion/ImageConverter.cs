using System.Globalization;
using System.Text.RegularExpressions;
using Csto.Reporting.Documents;
using Markdig.Syntax.Inlines;

namespace Csto.Reporting.Markdown.Conversion;

/// <summary>
/// Turns <c>![alt](path){width=120mm height=80mm}</c> into an <see cref="Image"/>: the bytes come from
/// <see cref="MarkdownReadOptions.ImageLoader"/>; sizes are in mm, cm or pt; a missing side keeps the aspect
/// ratio of the picture; with no size at all a pixel is 0.75 pt (96 dpi) and an SVG picture has the size its
/// <c>svg</c> element gives. Problems of an SVG picture are reported at their line and column in the SVG file. A PNG
/// or JPEG picture with more than twice the pixels 300 DPI at that size needs is scaled down to it here, once
/// (<see cref="Pictures.PictureResampler"/>).
/// </summary>
internal sealed partial class ImageConverter(ReaderContext context)
{
    private const double PointsPerPixel = 0.75;

    public Image? Convert(LinkInline link)
    {
        var path = context.Expand(link.Url ?? string.Empty);
        if (context.Options.ImageLoader is not { } loader)
        {
            context.Problem(link, $"The image '{path}' cannot be loaded: this reader was given no image loader (MarkdownReadOptions.ImageLoader).");
            return null;
        }
        double? width = null, height = null;
        foreach (var (key, value) in Attributes.Properties(link))
        {
            var length = Length(value);
            if (key is not ("width" or "height") || length is null)
            {
                context.Problem(link, $"Image attribute '{key}={value}' is not understood; use width=… and height=… with mm, cm or pt, such as width=120mm.");
                continue;
            }
            if (key == "width")
            {
                width = length;
            }
            else
            {
                height = length;
            }
        }
        ReadOnlyMemory<byte> data;
        try
        {
            data = loader(path);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or ArgumentException or InvalidOperationException)
        {
            context.Problem(link, $"The image '{path}' cannot be loaded: {exception.Message}");
            return null;
        }
        Pictures.VectorDrawing? drawing = null;
        int pixelWidth, pixelHeight;
        double naturalWidth, naturalHeight;
        if (Pictures.SvgReader.IsSvg(data.Span))
        {
            drawing = Pictures.SvgReader.Read(data, Path.Combine(Path.GetDirectoryName(context.Options.SourceName) ?? string.Empty, path), context.Problems);
            if (drawing is null)
            {
                return null;
            }
            (naturalWidth, naturalHeight) = (drawing.Width, drawing.Height);
            (pixelWidth, pixelHeight) = (1, 1);
        }
        else if (ImagePixelSize.Read(data.Span) is not var (w0, h0))
        {
            context.Problem(link, $"The image '{path}' is not a PNG, JPEG or SVG picture.");
            return null;
        }
        else
        {
            (pixelWidth, pixelHeight) = (w0, h0);
            (naturalWidth, naturalHeight) = (pixelWidth * PointsPerPixel, pixelHeight * PointsPerPixel);
        }
        if (drawing is null && Pictures.PictureSoundness.LimitProblem(pixelWidth, pixelHeight, ImagePixelSize.IsReadWhole(data.Span)) is { } tooLarge)
        {
            context.Problem(link, $"The image '{path}' {tooLarge}");
            return null;
        }
        if (drawing is null && PictureIntegrity.Problem(data.Span) is { } damage)
        {
            context.Problem(link, $"The image '{path}' cannot be used: {damage}; save the picture again or replace it.");
            return null;
        }
        var ratio = naturalHeight / naturalWidth;
        var (w, h) = (width, height) switch
        {
            ({ } a, { } b) => (a, b),
            ({ } a, null) => (a, a * ratio),
            (null, { } b) => (b / ratio, b),
            _ => (naturalWidth, naturalHeight),
        };
        if (drawing is null && Pictures.PictureResampler.Needed(pixelWidth, pixelHeight, w, h, jpeg: data.Span[0] == 0xFF) is var (neededWidth, neededHeight))
        {
            try
            {
                data = Pictures.PictureResampler.Resample(data, neededWidth, neededHeight);
            }
            catch (InvalidDataException e)
            {
                context.Problem(link, $"The image '{path}' cannot be used: {e.Message}; save the picture again or replace it.");
                return null;
            }
        }
        var alt = InlineConverter.PlainText(new InlineConverter(context).Convert(link));
        var image = new Image(data, w, h, drawing) { AltText = alt.Length == 0 ? null : alt };
        if (drawing is null)
        {
            // Checked above (or made by the resampler): the layout and the renderers' check do not inflate it again.
            Pictures.PictureSoundness.Checked(image);
        }
        return image;
    }

    private static double? Length(string? value)
    {
        var match = value is null ? Match.Empty : LengthPattern().Match(value);
        if (!match.Success)
        {
            return null;
        }
        var number = double.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);
        var points = match.Groups[2].Value switch
        {
            "mm" => Documents.Length.FromMillimetres(number),
            "cm" => Documents.Length.FromCentimetres(number),
            _ => number,
        };
        return points > 0 ? points : null;
    }

    [GeneratedRegex(@"^\s*(\d+(?:\.\d+)?)\s*(mm|cm|pt)\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex LengthPattern();
}
