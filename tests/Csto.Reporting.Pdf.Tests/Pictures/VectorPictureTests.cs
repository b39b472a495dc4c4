using System.Text;
using Csto.Reporting.Documents;
using Csto.Reporting.Markdown;
using Csto.Reporting.Pdf.Frames;
using Csto.Reporting.Pdf.Tests.TestSupport;
using Csto.Reporting.Pdf.Tests.Writing;
using Csto.Reporting.Rendering;
using Csto.Reporting.Themes;
using Csto.Testing;
using UglyToad.PdfPig;

namespace Csto.Reporting.Pdf.Tests.Pictures;

/// <summary>SVG pictures and charts stay vectors: paths in the content stream, texts as text, no image XObject.</summary>
public sealed class VectorPictureTests
{
    private static readonly byte[] Emblem = File.ReadAllBytes(Path.Combine(RepositoryPaths.SampleData, "emblem.svg"));

    private static ReportDocument ChartAndEmblem() => MarkdownDocumentReader.Read("""
        ![Эмблема](emblem.svg)

        Абзац перед диаграммой.

        ::: chart bar y="Мероприятия" unit="ед."
        | Год  | Заседания |
        |------|----------:|
        | 2023 | 4         |
        | 2024 | 6         |
        | 2025 | 5         |

        Рисунок 1 — Заседания по годам
        :::
        """, new MarkdownReadOptions { Metadata = new DocumentMetadata("Доклад"), ImageLoader = _ => Emblem });

    [Fact]
    public void The_pdf_has_no_image_xobject_and_the_chart_texts_are_words_of_the_page()
    {
        var pdf = Render.Pdf(ChartAndEmblem());

        using var document = PdfDocument.Open(pdf);
        var page = document.GetPage(1);
        page.GetImages().Should().BeEmpty("SVG pictures and charts are drawn as paths, not images");
        var words = page.GetWords().Select(w => w.Text).ToList();
        words.Should().Contain(["2023", "2024", "2025", "Заседания", "Мероприятия,", "ед."]);
        Encoding.ASCII.GetString(pdf).Should().NotContain("/Subtype /Image").And.NotContain("/Subtype/Image");
    }

    [ToolFact("qpdf")]
    public void The_content_stream_fills_the_bars_and_the_emblem_in_their_colours_with_path_operators()
    {
        var (code, output) = PdfTools.Run("qpdf", Render.Pdf(ChartAndEmblem()), "--qdf", "--object-streams=disable", "{file}", "-");
        code.Should().Be(0);
        // #1F4E8C, the emblem's disc and the first series.
        output.Should().Contain("0.122 0.306 0.549 rg");
        var cubics = System.Text.RegularExpressions.Regex.Count(output, @" c\s");
        cubics.Should().BeGreaterThan(20, "the emblem's circles and shield are Bézier curves");
    }

    [Fact]
    public void The_chart_is_placed_inside_the_text_area_with_its_texts_over_it_as_glyph_runs()
    {
        var document = ChartAndEmblem();
        var options = Render.Options(document);
        var frame = FrameCollector.Collect(document, options)[0];

        var pictures = frame.Items.OfType<VectorPicture>().ToList();
        pictures.Should().HaveCount(2);
        var chart = pictures[1];
        var setup = options.Theme.PageSetup;
        chart.Area.Left.Should().BeGreaterThanOrEqualTo((float)setup.Margins.Left - 0.01f);
        chart.Area.Right.Should().BeLessThanOrEqualTo((float)(setup.PageWidth - setup.Margins.Right) + 0.01f);
        chart.Area.Width.Should().BeApproximately(chart.Area.Height * 624f / 340f, 0.5f);
        var labels = frame.Items.OfType<GlyphRun>().Where(r => r.Text is "2023" or "2024" or "2025").ToList();
        labels.Should().HaveCount(3);
        labels.Should().OnlyContain(r => r.Baseline > chart.Area.Top && r.Baseline < chart.Area.Bottom && r.Start >= chart.Area.Left && r.End <= chart.Area.Right);
        labels.Select(r => r.Start).Should().BeInAscendingOrder("the categories run left to right");
    }

    [Theory]
    [InlineData("gost", "Liberation Serif", 12, "#1F4E8C")]
    [InlineData("modern", "PT Sans", 10.5, "#1F3A5F")]
    public void A_chart_is_drawn_in_the_themes_chart_font_size_and_colours_and_its_texts_stay_text(string themeName, string family, float size, string firstSeries)
    {
        var document = ChartAndEmblem();
        var theme = BuiltInThemes.ByName(themeName);
        var frame = FrameCollector.Collect(document, new RenderOptions { Theme = theme })[0];

        var chart = frame.Items.OfType<VectorPicture>().Last();
        var inside = frame.Items.OfType<GlyphRun>().Where(r => r.Baseline > chart.Area.Top && r.Baseline < chart.Area.Bottom && r.Start >= chart.Area.Left).ToList();
        inside.Select(r => r.Text).Should().Contain(["2023", "2024", "2025", "Год"]);
        inside.Should().OnlyContain(r => r.Font.Family.Name == family, "every chart text is set in the theme's chart font");
        // The chart is printed at its own width or scaled down a little to the text area; its texts with it.
        inside.Should().OnlyContain(r => Math.Abs(r.Size - size * chart.Scale) < 0.05f, $"chart texts are {size} pt, the theme's table size");
        inside.Should().OnlyContain(r => r.Color.ToString() == theme.TextColor);
        var fills = chart.Drawing.Items.OfType<Csto.Reporting.Pictures.VectorPath>().Where(p => p.Fill is not null).Select(p => p.Fill!.Value.ToString()).ToList();
        fills.Count(f => f == firstSeries).Should().Be(3, "the three bars take the theme's first chart colour");
        var lines = chart.Drawing.Items.OfType<Csto.Reporting.Pictures.VectorPath>().Where(p => p.Stroke is not null).Select(p => p.Stroke!.Color.ToString()).ToList();
        lines.Should().Contain(theme.RuleColor, "the axes are drawn in the theme's rule colour");

        using var pdf = PdfDocument.Open(Render.Pdf(document, new RenderOptions { Theme = theme }));
        var words = pdf.GetPage(1).GetWords().Where(w => w.Text == "2024").ToList();
        words.Should().ContainSingle("the chart's category is selectable text");
        words[0].Letters[0].FontName.Should().Contain(family.Replace(" ", string.Empty, StringComparison.Ordinal));
    }

    [Fact]
    public void In_a_tagged_pdf_the_chart_and_its_texts_are_one_figure_whose_alternative_text_is_its_data()
    {
        var document = ChartAndEmblem();
        var frame = FrameCollector.Collect(document, Render.Options(document))[0];

        var chart = frame.Items.OfType<VectorPicture>().Last();
        var figure = chart.Mark.Node!;
        figure.Role.Should().Be(StructureRole.Figure);
        figure.AltText.Should().Be("Мероприятия, ед. Год — 2023: Заседания 4; 2024: Заседания 6; 2025: Заседания 5.");
        frame.Items.OfType<GlyphRun>().Where(r => r.Text == "2024").Should().ContainSingle().Which.Mark.Node.Should().BeSameAs(figure);
        frame.Items.OfType<VectorPicture>().First().Mark.Node!.AltText.Should().Be("Эмблема");
    }
}
