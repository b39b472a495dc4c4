using System.Text;
using Csto.Reporting.Diagnostics;
using Csto.Reporting.Documents;
using Csto.Reporting.Markdown;
using Csto.Reporting.Pictures;

namespace Csto.Reporting.Tests.Pictures;

public sealed class SvgReaderTests
{
    private static (VectorDrawing? Drawing, List<InputProblem> Problems) Read(string svg)
    {
        var problems = new List<InputProblem>();
        return (SvgReader.Read(Encoding.UTF8.GetBytes(svg), "emblem.svg", problems), problems);
    }

    [Theory]
    [InlineData("<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">", "&b;")]
    [InlineData("<!ENTITY x SYSTEM \"file:///etc/passwd\">", "&x;")]
    public void An_svg_with_a_document_type_declaration_is_an_svg_refused_at_the_declaration(string entities, string use)
    {
        var svg = $"<?xml version=\"1.0\"?>\n<!-- emblem -->\n  <!DOCTYPE svg [{entities}]>\n<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"10\" height=\"10\"><text>{use}</text></svg>";

        SvgReader.IsSvg(Encoding.UTF8.GetBytes(svg)).Should().BeTrue("the declaration names an svg root, so the user hears why the SVG is refused, not that it is no picture");
        var (drawing, problems) = Read(svg);
        drawing.Should().BeNull();
        problems.Select(p => p.ToString()).Should().Equal(
            "emblem.svg:3:3: The SVG picture has a document type declaration (<!DOCTYPE …>): its entities and external references are never read; remove the declaration and write its entities out.");
        SvgReader.IsSvg(Encoding.UTF8.GetBytes("<!DOCTYPE html><html/>")).Should().BeFalse();
    }

    [Fact]
    public void Size_viewBox_and_transforms_map_every_point_to_points_from_the_top_left()
    {
        var (drawing, problems) = Read("""
            <svg xmlns="http://www.w3.org/2000/svg" width="40mm" height="20mm" viewBox="0 0 200 100">
              <g transform="translate(10 20)"><rect x="0" y="0" width="50" height="10" fill="#1F4E8C" stroke="red" stroke-width="2"/></g>
            </svg>
            """);

        problems.Should().BeEmpty();
        drawing!.Width.Should().BeApproximately(40 * 72 / 25.4, 1e-9);
        drawing.Height.Should().BeApproximately(20 * 72 / 25.4, 1e-9);
        var scale = drawing.Width / 200;
        var rect = drawing.Items.Should().ContainSingle().Which.Should().BeOfType<VectorPath>().Subject;
        rect.Segments[0].Kind.Should().Be(SegmentKind.MoveTo);
        rect.Segments[0].X1.Should().BeApproximately(10 * scale, 1e-9);
        rect.Segments[0].Y1.Should().BeApproximately(20 * scale, 1e-9);
        rect.Segments[2].X1.Should().BeApproximately(60 * scale, 1e-9);
        rect.Segments[2].Y1.Should().BeApproximately(30 * scale, 1e-9);
        rect.Fill.Should().Be(new VectorColor(0x1F, 0x4E, 0x8C));
        rect.Stroke!.Color.Should().Be(new VectorColor(255, 0, 0));
        rect.Stroke.Width.Should().BeApproximately(2 * scale, 1e-9);
    }

    [Fact]
    public void Arcs_become_cubics_that_end_where_the_arc_ends_and_pass_through_its_extremes()
    {
        var (drawing, _) = Read("""<svg xmlns="http://www.w3.org/2000/svg" width="100" height="100"><circle cx="50" cy="50" r="40"/></svg>""");

        var circle = (VectorPath)drawing!.Items[0];
        var cubics = circle.Segments.Where(s => s.Kind == SegmentKind.CubicTo).ToList();
        cubics.Should().HaveCount(4);
        // Every end point lies on the circle (in points: 0.75 per pixel).
        foreach (var c in cubics)
        {
            Math.Sqrt(Math.Pow(c.X3 - 37.5, 2) + Math.Pow(c.Y3 - 37.5, 2)).Should().BeApproximately(30, 1e-6);
        }
    }

    [Fact]
    public void Opacity_is_blended_with_white_and_text_keeps_its_anchor_size_and_family()
    {
        var (drawing, problems) = Read("""
            <svg xmlns="http://www.w3.org/2000/svg" width="100" height="50">
              <path d="M0 0H10" stroke="#000000" stroke-opacity="0.5"/>
              <text x="50" y="40" font-size="12" font-family="'Liberation Sans', sans-serif" text-anchor="middle" font-weight="bold">  Итого
                 2025 </text>
            </svg>
            """);

        problems.Should().BeEmpty();
        ((VectorPath)drawing!.Items[0]).Stroke!.Color.Should().Be(new VectorColor(128, 128, 128));
        var text = drawing.Items[1].Should().BeOfType<VectorText>().Subject;
        (text.Text, text.X, text.Y, text.Size, text.Anchor, text.Family, text.Bold).Should().Be(("Итого 2025", 37.5, 30.0, 9.0, TextAnchor.Middle, "Liberation Sans", true));
    }

    [Fact]
    public void Unsupported_features_are_all_reported_at_their_lines_and_columns_with_the_file_name()
    {
        var (drawing, problems) = Read("""
            <svg xmlns="http://www.w3.org/2000/svg" width="100" height="50">
              <defs><linearGradient id="g"/></defs>
              <rect width="10" height="10" fill="url(#pattern)"/>
              <image href="photo.png" width="10" height="10"/>
              <text x="1" y="1" transform="rotate(90)">Ось</text>
              <path d="M0 0 Q"/>
            </svg>
            """);

        drawing.Should().BeNull();
        problems.Select(p => (p.Source, p.Line)).Should().Equal(("emblem.svg", 3), ("emblem.svg", 4), ("emblem.svg", 5), ("emblem.svg", 6));
        problems[0].Message.Should().Contain("does not name a <linearGradient> or <radialGradient>");
        problems[1].Message.Should().Contain("<image>");
        problems[2].Message.Should().Contain("Rotated");
        problems[3].Message.Should().Contain("'Q'");
        problems[1].Column.Should().Be(4);
    }

    [Fact]
    public void Malformed_xml_and_a_doctype_are_problems_not_crashes()
    {
        Read("<svg xmlns=\"http://www.w3.org/2000/svg\"><g></svg>").Problems.Should().ContainSingle().Which.Line.Should().Be(1);
        Read("<!DOCTYPE svg [<!ENTITY x \"y\">]><svg xmlns=\"http://www.w3.org/2000/svg\" width=\"1\" height=\"1\"/>").Problems.Should().ContainSingle();
    }

    [Fact]
    public void An_svg_picture_in_markdown_is_an_svg_image_of_its_own_size()
    {
        var svg = Encoding.UTF8.GetBytes("""<?xml version="1.0"?><!-- emblem --><svg xmlns="http://www.w3.org/2000/svg" width="30mm" height="15mm"><rect width="10" height="10"/></svg>""");
        var document = MarkdownDocumentReader.Read("![Эмблема](emblem.svg)\n", new MarkdownReadOptions
        {
            Metadata = new DocumentMetadata("Доклад"),
            ImageLoader = _ => svg,
        });

        var image = document.Sections[0].Blocks.OfType<Image>().Should().ContainSingle().Subject;
        image.Format.Should().Be(ImageFormat.Svg);
        image.WidthPoints.Should().BeApproximately(30 * 72 / 25.4, 1e-9);
        image.HeightPoints.Should().BeApproximately(15 * 72 / 25.4, 1e-9);
        image.Drawing!.Items.Should().ContainSingle();
    }

    [Fact]
    public void A_bad_svg_picture_in_markdown_names_the_svg_file_line_and_column()
    {
        var svg = Encoding.UTF8.GetBytes("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"10\" height=\"10\">\n  <use href=\"#a\"/>\n</svg>");
        var read = () => MarkdownDocumentReader.Read("Текст\n\n![Эмблема](pictures/emblem.svg)\n", new MarkdownReadOptions
        {
            SourceName = "notes/report.md",
            Metadata = new DocumentMetadata("Доклад"),
            ImageLoader = _ => svg,
        });

        var problem = read.Should().Throw<ReportInputException>().Which.Problems.Should().ContainSingle().Subject;
        problem.ToString().Should().StartWith("notes/pictures/emblem.svg:2:4: <use> is not supported");
    }

    [Fact]
    public void Groups_nested_too_deep_are_refused_at_the_first_one_before_the_rest_is_read()
    {
        const string Head = "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"10mm\" height=\"10mm\">";
        // 100 000 groups opened and never closed: the file is not even well-formed, so the depth error (at the 65th
        // group, column 68 + 64 × 3 + 1 for its name) proves the reader stopped there without reading on.
        var (drawing, problems) = Read(Head + string.Concat(Enumerable.Repeat("<g>", 100_000)));

        drawing.Should().BeNull();
        problems.Select(p => p.ToString()).Should().Equal($"emblem.svg:1:{Head.Length + 64 * 3 + 2}: Groups nest deeper than {SvgReader.MaxDepth} levels.");
        var (fine, none) = Read(Head + string.Concat(Enumerable.Repeat("<g>", 63)) + "<rect width=\"1\" height=\"1\"/>" + string.Concat(Enumerable.Repeat("</g>", 63)) + "</svg>");
        none.Should().BeEmpty("a shape inside 63 groups is within the limit (the rect is the 64th level)");
        fine!.Items.Should().ContainSingle();
    }

    [Fact]
    public void An_svg_larger_than_the_limit_is_refused_by_its_size_and_one_at_the_limit_is_read()
    {
        const string Head = "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"10mm\" height=\"10mm\"><rect width=\"5\" height=\"5\"/><!--";
        const string Tail = "--></svg>";
        var atLimit = Head + new string('x', SvgReader.MaxBytes - Head.Length - Tail.Length) + Tail;

        var (drawing, problems) = Read(atLimit);
        problems.Should().BeEmpty();
        drawing!.Items.Should().ContainSingle();
        var (over, overProblems) = Read(atLimit.Insert(Head.Length, "x"));
        over.Should().BeNull();
        overProblems.Select(p => p.ToString()).Should().Equal(
            "emblem.svg: The SVG picture is 4,194,305 bytes; a picture may have at most 4,194,304 (4 MiB). Simplify it in its editor (fewer nodes) or export it as PNG.");
    }

    [Theory]
    [InlineData(85.04, 85.04, 150, 178, 178)] // 30 mm at 150 dpi
    [InlineData(283_464.6, 283_464.6, 150, 4096, 4096)] // 100 m square: capped, still square
    [InlineData(5_669.3, 85.04, 150, 4096, 62)] // 2 m × 30 mm: capped on the long side, proportions kept
    [InlineData(0.1, 0.1, 150, 1, 1)]
    public void A_fallback_png_has_the_pixels_of_its_shown_size_at_most_MaxSide_a_side(double width, double height, int dpi, int pixelWidth, int pixelHeight)
    {
        VectorRasterizer.PixelSize(width, height, dpi).Should().Be((pixelWidth, pixelHeight));
    }
}
