using System.Text;
using Csto.Reporting.Diagnostics;
using Csto.Reporting.Fonts;
using Csto.Reporting.Pictures;
using SkiaSharp;

namespace Csto.Reporting.Tests.Pictures;

/// <summary>SVG linear and radial gradients: geometry mapped to the drawing's points, stops, errors, and Skia's pixels.</summary>
public sealed class SvgGradientTests
{
    private static (VectorDrawing? Drawing, List<InputProblem> Problems) Read(string svg)
    {
        var problems = new List<InputProblem>();
        return (SvgReader.Read(Encoding.UTF8.GetBytes(svg), "emblem.svg", problems), problems);
    }

    [Fact]
    public void A_bounding_box_linear_gradient_runs_across_the_shape_in_the_drawing_s_points()
    {
        // 1 px = 0.75 pt; the rectangle spans x 20..120, y 10..60 px.
        var (drawing, problems) = Read("""
            <svg xmlns="http://www.w3.org/2000/svg" width="200" height="100">
              <defs>
                <linearGradient id="sky" x1="0%" y1="0" x2="100%" y2="0">
                  <stop offset="0" stop-color="#1F4E8C"/>
                  <stop offset="40%" style="stop-color: #ffffff"/>
                  <stop offset="0.2" stop-color="red"/>
                </linearGradient>
              </defs>
              <rect x="20" y="10" width="100" height="50" fill="url(#sky)" stroke="url(#sky)"/>
            </svg>
            """);

        problems.Should().BeEmpty();
        var path = drawing!.Items.Should().ContainSingle().Which.Should().BeOfType<VectorPath>().Subject;
        var gradient = path.FillGradient!;
        gradient.Kind.Should().Be(GradientKind.Linear);
        var start = gradient.Matrix.Map(gradient.X1, gradient.Y1);
        var end = gradient.Matrix.Map(gradient.X2, gradient.Y2);
        start.X.Should().BeApproximately(15, 1e-9);
        start.Y.Should().BeApproximately(7.5, 1e-9);
        end.X.Should().BeApproximately(90, 1e-9);
        end.Y.Should().BeApproximately(7.5, 1e-9);
        // A smaller offset than the previous stop's is the previous stop's.
        gradient.Stops.Should().Equal(new GradientStop(0, new VectorColor(0x1F, 0x4E, 0x8C)), new GradientStop(0.4, new VectorColor(255, 255, 255)), new GradientStop(0.4, new VectorColor(255, 0, 0)));
        path.Fill.Should().Be(new VectorColor(255, 0, 0), "a gradient's solid stand-in is its last stop");
        path.Stroke!.Gradient!.Matrix.Should().Be(gradient.Matrix, "a stroke's bounding box is its geometry's, like the fill's");
    }

    [Fact]
    public void A_radial_gradient_in_user_space_takes_its_stops_and_units_through_href_and_its_transform()
    {
        var (drawing, problems) = Read("""
            <svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="100pt" height="100pt" viewBox="0 0 200 200">
              <linearGradient id="base" gradientUnits="userSpaceOnUse">
                <stop offset="0" stop-color="#fff" stop-opacity="0.5"/>
                <stop offset="1" stop-color="#000"/>
              </linearGradient>
              <radialGradient id="glow" xlink:href="#base" cx="100" cy="100" r="50%" fx="110" gradientTransform="translate(10 0)"/>
              <g transform="translate(0 20)"><circle cx="100" cy="100" r="80" fill="url(#glow)" fill-opacity="0.5"/></g>
            </svg>
            """);

        problems.Should().BeEmpty();
        var gradient = drawing!.Items.OfType<VectorPath>().Single().FillGradient!;
        gradient.Kind.Should().Be(GradientKind.Radial);
        (gradient.X1, gradient.Y1, gradient.X2, gradient.Y2).Should().Be((110.0, 100.0, 100.0, 100.0), "fy defaults to cy");
        gradient.Radius.Should().BeApproximately(100, 1e-9, "50% of the viewport's normalised diagonal, sqrt((200² + 200²) / 2) = 200");
        var centre = gradient.Matrix.Map(gradient.X2, gradient.Y2);
        (centre.X, centre.Y).Should().Be((55.0, 60.0), "(100 + 10, 100 + 20) user units at 0.5 pt each");
        // Opacities blend with white: 0.5 × 0.5 of white is white; 0.5 of black is mid-grey.
        gradient.Stops.Select(s => s.Color).Should().Equal(new VectorColor(255, 255, 255), new VectorColor(128, 128, 128));
    }

    [Fact]
    public void Degenerate_gradients_paint_one_colour_or_nothing_as_svg_says()
    {
        var (drawing, problems) = Read("""
            <svg xmlns="http://www.w3.org/2000/svg" width="100" height="100">
              <linearGradient id="point" x1="0.5" x2="0.5"><stop offset="0" stop-color="red"/><stop offset="1" stop-color="blue"/></linearGradient>
              <linearGradient id="one"><stop stop-color="green"/></linearGradient>
              <linearGradient id="none"/>
              <linearGradient id="ok"><stop offset="0" stop-color="red"/><stop offset="1" stop-color="blue"/></linearGradient>
              <rect width="10" height="10" fill="url(#point)"/>
              <rect width="10" height="10" fill="url(#one)"/>
              <rect width="10" height="10" fill="url(#none)"/>
              <line x1="0" y1="5" x2="50" y2="5" stroke="url(#ok)"/>
            </svg>
            """);

        problems.Should().BeEmpty();
        var paths = drawing!.Items.OfType<VectorPath>().ToList();
        paths.Select(p => (p.Fill, p.FillGradient)).Should().Equal((new VectorColor(0, 0, 255), null), (new VectorColor(0, 128, 0), null));
        paths.Should().HaveCount(2, "no stops paints nothing, and a bounding-box gradient on a line with no height paints nothing");
    }

    [Fact]
    public void Unknown_references_other_spreads_and_gradient_text_are_errors_at_their_lines_and_columns()
    {
        var (drawing, problems) = Read("""
            <svg xmlns="http://www.w3.org/2000/svg" width="100" height="50">
              <linearGradient id="mirror" spreadMethod="reflect"><stop offset="0"/><stop offset="1" stop-color="red"/></linearGradient>
              <linearGradient id="orphan" href="#gone"/>
              <rect width="10" height="10" fill="url(#missing)"/>
              <rect width="10" height="10" fill="url(#mirror)"/>
              <rect width="10" height="10" stroke="url(#orphan)"/>
              <text x="1" y="9" fill="url(#mirror)">Ось</text>
            </svg>
            """);

        drawing.Should().BeNull();
        problems.Select(p => (p.Source, p.Line, p.Column)).Should().Equal(
            ("emblem.svg", 4, 4), ("emblem.svg", 2, 31), ("emblem.svg", 3, 4), ("emblem.svg", 7, 4));
        problems[0].Message.Should().Be("fill='url(#missing)' does not name a <linearGradient> or <radialGradient> of this picture (patterns and other files are not supported).");
        problems[1].Message.Should().Contain("spreadMethod='reflect'");
        problems[2].Message.Should().Contain("href='#gone'");
        problems[3].Message.Should().Contain("<text>");
    }

    [Fact]
    public void Skia_paints_the_stop_colours_at_the_ends_of_a_linear_gradient_and_the_centre_of_a_radial_one()
    {
        var (drawing, problems) = Read("""
            <svg xmlns="http://www.w3.org/2000/svg" width="96" height="48" viewBox="0 0 96 48">
              <linearGradient id="across"><stop offset="0" stop-color="#1F4E8C"/><stop offset="1" stop-color="#E0A030"/></linearGradient>
              <radialGradient id="spot"><stop offset="0" stop-color="#FF0000"/><stop offset="0.1" stop-color="#FF0000"/><stop offset="1" stop-color="#00FF00"/></radialGradient>
              <rect x="0" y="0" width="48" height="48" fill="url(#across)"/>
              <rect x="48" y="0" width="48" height="48" fill="url(#spot)"/>
            </svg>
            """);
        problems.Should().BeEmpty();

        // 144 dpi: two pixels per point; the picture is 72 × 36 pt, 144 × 72 px; a user unit is 1.5 px.
        using var bitmap = SKBitmap.Decode(VectorRasterizer.Png(drawing!, drawing!.Width, drawing.Height, BundledFonts.Families[0], dpi: 144));
        bitmap.Width.Should().Be(144);
        ShouldBe(bitmap.GetPixel(0, 36), 0x1F, 0x4E, 0x8C);
        ShouldBe(bitmap.GetPixel(71, 36), 0xE0, 0xA0, 0x30);
        var middle = bitmap.GetPixel(36, 36);
        ((int)middle.Red).Should().BeInRange(0x1F + 40, 0xE0 - 40, "halfway along, the colour is between the stops");
        ShouldBe(bitmap.GetPixel(108, 36), 0xFF, 0x00, 0x00);
        ShouldBe(bitmap.GetPixel(73, 1), 0x00, 0xFF, 0x00);
    }

    private static void ShouldBe(SKColor pixel, int red, int green, int blue)
    {
        ((int)pixel.Red).Should().BeInRange(red - 2, red + 2);
        ((int)pixel.Green).Should().BeInRange(green - 2, green + 2);
        ((int)pixel.Blue).Should().BeInRange(blue - 2, blue + 2);
    }
}
