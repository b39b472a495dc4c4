using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Csto.Reporting.Documents;
using Csto.Reporting.Markdown;
using Csto.Reporting.Pdf.Frames;
using Csto.Reporting.Pdf.Tests.TestSupport;
using Csto.Reporting.Pdf.Tests.Writing;
using Csto.Testing;
using SkiaSharp;

namespace Csto.Reporting.Pdf.Tests.Pictures;

/// <summary>SVG gradients become PDF shading patterns (axial and radial) that viewers paint in the stop colours.</summary>
public sealed class GradientPdfTests
{
    // 96 × 48 user units at 0.75 pt: a 72 × 36 pt picture; left half a linear gradient, right half a radial one; both
    // flat near their ends so that a pixel's colour there is the stop's whatever its size.
    private const string Svg = """
        <svg xmlns="http://www.w3.org/2000/svg" width="96" height="48" viewBox="0 0 96 48">
          <linearGradient id="across"><stop offset="0" stop-color="#1F4E8C"/><stop offset="0.1" stop-color="#1F4E8C"/><stop offset="0.5" stop-color="#FFFFFF"/><stop offset="0.9" stop-color="#E0A030"/><stop offset="1" stop-color="#E0A030"/></linearGradient>
          <radialGradient id="spot"><stop offset="0" stop-color="#FF0000"/><stop offset="0.1" stop-color="#FF0000"/><stop offset="1" stop-color="#00FF00"/></radialGradient>
          <rect x="0" y="0" width="48" height="48" fill="url(#across)"/>
          <rect x="48" y="0" width="48" height="48" fill="url(#spot)"/>
        </svg>
        """;

    internal static ReportDocument Document() => MarkdownDocumentReader.Read("![Градиенты](gradients.svg)\n",
        new MarkdownReadOptions { Metadata = new DocumentMetadata("Градиенты"), ImageLoader = _ => Encoding.UTF8.GetBytes(Svg) });

    [ToolFact("qpdf")]
    public void The_page_has_an_axial_and_a_radial_shading_pattern_with_the_stop_colours()
    {
        var pdf = Render.Pdf(Document());
        Render.Pdf(Document()).Should().Equal(pdf, "the patterns are written deterministically");

        var (code, output) = PdfTools.Run("qpdf", pdf, "--qdf", "--object-streams=disable", "{file}", "-");
        code.Should().Be(0);
        output.Should().MatchRegex(@"/PatternType\s+2").And.MatchRegex(@"/ShadingType\s+2").And.MatchRegex(@"/ShadingType\s+3");
        Regex.IsMatch(output, @"/Coords\s*\[\s*0\s+0\s+1\s+0\s*\]").Should().BeTrue("a bounding-box linear gradient runs from (0, 0) to (1, 0) in its space");
        Regex.IsMatch(output, @"/Coords\s*\[\s*\.5\s+\.5\s+0\s+\.5\s+\.5\s+\.5\s*\]|/Coords\s*\[\s*0\.5\s+0\.5\s+0\s+0\.5\s+0\.5\s+0\.5\s*\]").Should().BeTrue("the radial gradient's focus and centre are the box's middle, its radius half the box");
        Regex.IsMatch(output, @"/FunctionType\s+3").Should().BeTrue("several stops stitch one interpolation per stretch");
        Regex.IsMatch(output, @"/Extend\s*\[\s*true\s+true\s*\]").Should().BeTrue("SVG's pad spread extends both ends");
        var colours = Regex.Matches(output, @"/C([01])\s*\[\s*([\d.]+)\s+([\d.]+)\s+([\d.]+)\s*\]")
            .Select(m => string.Concat(m.Groups.Values.Skip(2).Select(g => ((int)Math.Round(double.Parse(g.Value, CultureInfo.InvariantCulture) * 255)).ToString("X2", CultureInfo.InvariantCulture))))
            .ToList();
        colours.Should().Equal("1F4E8C", "1F4E8C", "1F4E8C", "FFFFFF", "FFFFFF", "E0A030", "E0A030", "E0A030", "FF0000", "FF0000", "FF0000", "00FF00");
        // The pattern matrix maps the linear gradient's unit box onto the left half: 36 pt wide, y flipped.
        var matrix = Regex.Match(output, @"/Matrix\s*\[\s*([-\d.]+)\s+([-\d.]+)\s+([-\d.]+)\s+([-\d.]+)\s+([-\d.]+)\s+([-\d.]+)\s*\]");
        matrix.Success.Should().BeTrue();
        var m = matrix.Groups.Values.Skip(1).Select(g => double.Parse(g.Value, CultureInfo.InvariantCulture)).ToArray();
        var picture = FrameCollector.Collect(Document(), Render.Options(Document()))[0].Items.OfType<VectorPicture>().Single();
        m[0].Should().BeApproximately(36 * picture.Scale, 0.01);
        m[3].Should().BeApproximately(-36 * picture.Scale, 0.01);
        m[4].Should().BeApproximately(picture.Area.Left, 0.01);
    }

    [ToolFact("pdftoppm")]
    public void Poppler_paints_the_stop_colours_at_the_ends_of_the_linear_gradient_and_the_middle_of_the_radial_one()
    {
        var document = Document();
        var picture = FrameCollector.Collect(document, Render.Options(document))[0].Items.OfType<VectorPicture>().Single();
        using var page = Rasterize(Render.Pdf(document), 144);
        const double PixelsPerPoint = 2;
        SKColor At(double x, double y) => page.GetPixel((int)((picture.Area.Left + x * picture.Scale) * PixelsPerPoint), (int)((picture.Area.Top + y * picture.Scale) * PixelsPerPoint));

        ShouldBe(At(0.5, 18), 0x1F, 0x4E, 0x8C);
        var middle = At(18, 18);
        new[] { middle.Red, middle.Green, middle.Blue }.Should().OnlyContain(c => c >= 0xF0, "the middle stop is white");
        ShouldBe(At(35.5, 18), 0xE0, 0xA0, 0x30);
        ShouldBe(At(54, 18), 0xFF, 0x00, 0x00);
        ShouldBe(At(37, 1), 0x00, 0xFF, 0x00);
    }

    [Fact]
    public async Task The_png_page_with_the_gradients_renders_as_verified()
    {
        var document = Document();
        var pages = await new PngReportRenderer().RenderPagesAsync(document, Render.Options(document) with { PngDpi = 72 });
        Snapshot.VerifyPngPages("pictures/gradients", pages);
    }

    private static SKBitmap Rasterize(byte[] pdf, int dpi)
    {
        var folder = Directory.CreateTempSubdirectory("csto-gradients-");
        try
        {
            var path = Path.Combine(folder.FullName, "page.pdf");
            File.WriteAllBytes(path, pdf);
            using (var process = Process.Start(new ProcessStartInfo("pdftoppm", ["-png", "-r", dpi.ToString(CultureInfo.InvariantCulture), "-f", "1", "-l", "1", "-singlefile", path, Path.Combine(folder.FullName, "page")]) { UseShellExecute = false })!)
            {
                process.WaitForExit(60_000).Should().BeTrue();
                process.ExitCode.Should().Be(0);
            }
            return SKBitmap.Decode(Path.Combine(folder.FullName, "page.png"));
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    private static void ShouldBe(SKColor pixel, int red, int green, int blue)
    {
        var actual = $"{pixel.Red:X2}{pixel.Green:X2}{pixel.Blue:X2}";
        ((int)pixel.Red).Should().BeInRange(red - 2, red + 2, actual);
        ((int)pixel.Green).Should().BeInRange(green - 2, green + 2, actual);
        ((int)pixel.Blue).Should().BeInRange(blue - 2, blue + 2, actual);
    }
}
