using System.Diagnostics;
using System.Globalization;
using System.IO.Compression;
using System.Xml.Linq;
using Csto.Reporting.Docx.Tests.Support;
using Csto.Reporting.Documents;
using Csto.Reporting.Markdown;
using Csto.Testing;
using SkiaSharp;
using UglyToad.PdfPig;

namespace Csto.Reporting.Docx.Tests;

/// <summary>
/// SVG pictures and charts in DOCX: an SVG part with a PNG fallback, as Word stores them, that LibreOffice shows. On the
/// bundled samples (issue 14's done criterion): the activity report's yearly chart, its bars as tall as the figures,
/// and the analyst note's emblem heading its title page.
/// </summary>
[Collection(PdfLayoutCollection.Name)]
public sealed class PictureTests
{
    private static readonly XNamespace A = "http://schemas.openxmlformats.org/drawingml/2006/main";
    private static readonly XNamespace Asvg = "http://schemas.microsoft.com/office/drawing/2016/SVG/main";
    private static readonly XNamespace R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private static readonly XNamespace W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    private static readonly XNamespace Wp = "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing";
    private static readonly byte[] Emblem = File.ReadAllBytes(Path.Combine(RepositoryPaths.SampleData, "emblem.svg"));

    private static ReportDocument ChartAndEmblem() => MarkdownDocumentReader.Read("""
        ![Эмблема](emblem.svg)

        ::: chart bar y="Мероприятия" unit="ед."
        | Год  | Заседания |
        |------|----------:|
        | 2023 | 4         |
        | 2024 | 6         |

        Рисунок 1 — Заседания по годам
        :::
        """, new MarkdownReadOptions { Metadata = new DocumentMetadata("Доклад"), ImageLoader = _ => Emblem });

    [Fact]
    public async Task Each_svg_picture_is_an_svg_part_in_an_svgBlip_with_a_png_fallback_of_its_size()
    {
        var docx = await DocxRendering.RenderAsync(ChartAndEmblem());

        var document = DocxInspection.Part(docx, "word/document.xml");
        var blips = document.Descendants(A + "blip").ToList();
        blips.Should().HaveCount(2);
        var relationships = DocxInspection.Part(docx, "word/_rels/document.xml.rels").Root!.Elements()
            .ToDictionary(e => (string)e.Attribute("Id")!, e => Target((string)e.Attribute("Target")!));
        using var zip = new ZipArchive(new MemoryStream(docx));
        foreach (var blip in blips)
        {
            var png = Read(zip, relationships[(string)blip.Attribute(R + "embed")!]);
            var svgBlip = blip.Descendants(Asvg + "svgBlip").Should().ContainSingle().Subject;
            var svg = Read(zip, relationships[(string)svgBlip.Attribute(R + "embed")!]);
            System.Text.Encoding.UTF8.GetString(svg).Should().Contain("<svg");
            using var bitmap = SKBitmap.Decode(png);
            bitmap.Should().NotBeNull("the fallback is a PNG");
            Blue(bitmap).Should().BeGreaterThan(100, "the fallback shows the picture's dark blue");
        }
        // The emblem is 30 mm: at 150 dpi its fallback is ⌈177.2⌉ pixels wide.
        using var emblem = SKBitmap.Decode(Read(zip, relationships[(string)blips[0].Attribute(R + "embed")!]));
        emblem.Width.Should().Be(178);
        DocxInspection.ValidationErrors(docx).Should().BeEmpty();
    }

    [Theory]
    [InlineData("gost", "Liberation Serif", "#1F4E8C")]
    [InlineData("modern", "PT Sans", "#1F3A5F")]
    public async Task A_charts_svg_and_its_fallback_are_drawn_in_the_themes_chart_font_and_colours(string themeName, string family, string firstSeries)
    {
        var docx = await DocxRendering.RenderAsync(ChartAndEmblem(), Themes.BuiltInThemes.ByName(themeName));

        var blip = DocxInspection.Part(docx, "word/document.xml").Descendants(A + "blip").Last();
        var relationships = DocxInspection.Part(docx, "word/_rels/document.xml.rels").Root!.Elements()
            .ToDictionary(e => (string)e.Attribute("Id")!, e => Target((string)e.Attribute("Target")!));
        using var zip = new ZipArchive(new MemoryStream(docx));
        var svg = XDocument.Parse(System.Text.Encoding.UTF8.GetString(Read(zip, relationships[(string)blip.Descendants(Asvg + "svgBlip").Single().Attribute(R + "embed")!])));
        var texts = svg.Descendants().Where(e => e.Name.LocalName == "text").ToList();
        texts.Select(t => t.Value.Trim()).Should().Contain(["2023", "2024", "Год"]);
        texts.Should().OnlyContain(t => ((string?)t.Attribute("font-family") ?? string.Empty).Contains(family, StringComparison.Ordinal), "every chart text names the theme's chart font");
        var colour = SKColor.Parse(firstSeries);
        var fills = svg.Descendants().Select(e => ((string?)e.Attribute("fill"))?.Replace(" ", string.Empty, StringComparison.Ordinal).ToUpperInvariant()).ToList();
        fills.Should().Contain(f => f == firstSeries || f == $"RGB({colour.Red},{colour.Green},{colour.Blue})", "the bars take the theme's first chart colour");
        using var fallback = SKBitmap.Decode(Read(zip, relationships[(string)blip.Attribute(R + "embed")!]));
        var painted = 0;
        for (var y = 0; y < fallback.Height; y += 2)
        {
            for (var x = 0; x < fallback.Width; x += 2)
            {
                painted += fallback.GetPixel(x, y) == colour ? 1 : 0;
            }
        }
        painted.Should().BeGreaterThan(500, "the PNG fallback paints the bars in the same colour");
    }

    [ToolFact("soffice", "pdftoppm")]
    public async Task LibreOffice_shows_the_chart_and_the_emblem()
    {
        var docx = await DocxRendering.RenderAsync(ChartAndEmblem());

        var pdf = await LibreOffice.ConvertToPdfAsync(docx, "pictures");

        using var page = await PageImage(pdf, 1);
        Blue(page).Should().BeGreaterThan(200, "LibreOffice paints the emblem's disc and the chart's bars");
    }

    /// <summary>Pixels per inch of the page images LibreOffice's PDF is measured on.</summary>
    private const int Dpi = 100;

    private static Task<byte[]> ActivityReport() =>
        DocxRendering.RenderAsync(SampleCases.Build("activity-report-2023-2025.json", "activity-report"));

    private static Task<byte[]> AnalystNote() =>
        DocxRendering.RenderAsync(SampleCases.Build("analyst-note-eurasian-security.md", SampleCases.Markdown));

    [Fact]
    public async Task The_activity_reports_chart_is_one_svg_picture_with_a_png_fallback_whose_bars_are_the_figures_by_year()
    {
        var docx = await ActivityReport();

        var blip = DocxInspection.Part(docx, "word/document.xml").Descendants(A + "blip").Should().ContainSingle("the report has one picture, its chart").Subject;
        var (png, svg) = Parts(docx, blip);
        var texts = svg.Descendants().Where(e => e.Name.LocalName == "text").Select(t => t.Value.Trim()).ToList();
        texts.Should().Contain(["2023", "2024", "2025", "Год", "Число", "15"]);
        var bars = svg.Descendants().Where(e => e.Name.LocalName == "rect" && (string?)e.Attribute("fill") == "#1F4E8C")
            .Select(e => double.Parse((string)e.Attribute("height")!, CultureInfo.InvariantCulture)).ToList();
        bars.Should().HaveCount(3);
        (bars[1] / bars[0]).Should().BeApproximately(14.0 / 15.0, 0.001, "2024's 14 documents against 2023's 15");
        bars[2].Should().BeApproximately(bars[0], 0.001);

        using var fallback = SKBitmap.Decode(png);
        fallback.Should().NotBeNull("the fallback is a PNG");
        var extent = blip.Ancestors(Wp + "inline").Single().Element(Wp + "extent")!;
        var (cx, cy) = ((double)extent.Attribute("cx")!, (double)extent.Attribute("cy")!);
        ((double)fallback.Width / fallback.Height).Should().BeApproximately(cx / cy, 0.01, "the fallback has the picture's proportions");
        var measured = Bars(fallback, 0, fallback.Height);
        measured.Should().HaveCount(3, "the fallback paints the three bars");
        ((double)measured[1] / measured[0]).Should().BeApproximately(14.0 / 15.0, 0.01);
        DocxInspection.ValidationErrors(docx).Should().BeEmpty();
    }

    [ToolFact("soffice", "pdftoppm")]
    public async Task LibreOffice_shows_the_activity_reports_chart_under_its_heading_with_bars_as_tall_as_the_figures()
    {
        var pdf = await LibreOffice.ConvertToPdfAsync(await ActivityReport(), "activity-report");

        using var document = PdfDocument.Open(pdf);
        var page = document.GetPage(1);
        var words = page.GetWords().ToList();
        var heading = words.First(w => w.Text == "показатели").BoundingBox;
        var caption = words.First(w => w.Text == "Рисунок").BoundingBox;
        // Rows of the page image (y down) between the heading and the caption: the chart's place.
        var top = (int)((page.Height - heading.Bottom) / 72 * Dpi);
        var bottom = (int)((page.Height - caption.Top) / 72 * Dpi);
        using var image = await PageImage(pdf, 1);
        var bars = Bars(image, top, bottom);
        bars.Should().HaveCount(3, "LibreOffice paints the three bars between the heading and the caption");
        ((double)bars[1] / bars[0]).Should().BeApproximately(14.0 / 15.0, 0.02, "2024's 14 documents against 2023's 15");
        Math.Abs(bars[2] - bars[0]).Should().BeLessThanOrEqualTo(2);
        bars[0].Should().BeGreaterThan(Dpi, "the chart is printed at its size (bars over an inch tall), not as an icon");
    }

    [Fact]
    public async Task The_analyst_notes_emblem_is_an_svg_picture_30_mm_wide_before_the_title_on_the_title_page()
    {
        var docx = await AnalystNote();

        var body = DocxInspection.Part(docx, "word/document.xml").Root!.Element(W + "body")!;
        var paragraphs = body.Elements(W + "p").ToList();
        var emblem = paragraphs.FindIndex(p => p.Descendants(A + "blip").Any());
        var title = paragraphs.FindIndex(p => string.Concat(p.Descendants(W + "t").Select(t => t.Value)) == "Актуальные вопросы евразийской безопасности");
        var firstBreak = paragraphs.FindIndex(p => p.Descendants(W + "br").Any(b => (string?)b.Attribute(W + "type") == "page") || p.Descendants(W + "sectPr").Any());
        emblem.Should().BeGreaterThanOrEqualTo(0);
        emblem.Should().BeLessThan(title, "the emblem heads the title page");
        title.Should().BeLessThan(firstBreak < 0 ? int.MaxValue : firstBreak + 1, "the title is on the first page");
        var blip = paragraphs[emblem].Descendants(A + "blip").Single();
        var (png, svg) = Parts(docx, blip);
        svg.Root!.Descendants().Should().Contain(e => e.Name.LocalName == "circle" && (string?)e.Attribute("fill") == "#1F4E8C", "the SVG part is the emblem");
        using var fallback = SKBitmap.Decode(png);
        fallback.Width.Should().Be(178, "30 mm at 150 dpi is ⌈177.2⌉ pixels");
        var extent = blip.Ancestors(Wp + "inline").Single().Element(Wp + "extent")!;
        ((double)extent.Attribute("cx")! / 36000).Should().BeApproximately(30, 0.01, "the picture is 30 mm wide (36 000 EMU a millimetre)");
    }

    [ToolFact("soffice", "pdftoppm")]
    public async Task LibreOffice_shows_the_emblem_on_the_title_page_28_mm_across_its_disc()
    {
        var pdf = await LibreOffice.ConvertToPdfAsync(await AnalystNote(), "analyst-note");

        using var document = PdfDocument.Open(pdf);
        var page = document.GetPage(1);
        var words = page.GetWords().ToList();
        words.Select(w => w.Text).Should().Contain(["Актуальные", "евразийской", "Аналитическая", "записка"], "page 1 is the title page");
        var title = words.First(w => w.Text == "Актуальные").BoundingBox;
        using var image = await PageImage(pdf, 1);
        var (left, right, lowest) = (int.MaxValue, -1, -1);
        for (var y = 0; y < image.Height; y++)
        {
            for (var x = 0; x < image.Width; x++)
            {
                if (IsDarkBlue(image.GetPixel(x, y)))
                {
                    (left, right, lowest) = (Math.Min(left, x), Math.Max(right, x), y);
                }
            }
        }
        right.Should().BeGreaterThan(0, "LibreOffice paints the emblem's disc");
        ((right - left + 1) / (double)Dpi * 25.4).Should().BeApproximately(28, 1, "the disc is 28 mm across (r = 56 of the 120 units of a 30 mm emblem)");
        (lowest / (double)Dpi * 72).Should().BeLessThan(page.Height - title.Top, "the emblem stands above the title");
    }

    /// <summary>The PNG fallback and the SVG part of a picture's <c>a:blip</c>.</summary>
    private static (byte[] Png, XDocument Svg) Parts(byte[] docx, XElement blip)
    {
        var relationships = DocxInspection.Part(docx, "word/_rels/document.xml.rels").Root!.Elements()
            .ToDictionary(e => (string)e.Attribute("Id")!, e => Target((string)e.Attribute("Target")!));
        using var zip = new ZipArchive(new MemoryStream(docx));
        var svgBlip = blip.Descendants(Asvg + "svgBlip").Should().ContainSingle("Word's SVG extension names the SVG part").Subject;
        var png = Read(zip, relationships[(string)blip.Attribute(R + "embed")!]);
        var svg = XDocument.Parse(System.Text.Encoding.UTF8.GetString(Read(zip, relationships[(string)svgBlip.Attribute(R + "embed")!])));
        return (png, svg);
    }

    /// <summary>
    /// The heights in pixels of the dark blue bars of <paramref name="image"/> between rows <paramref name="top"/> and
    /// <paramref name="bottom"/>, left to right: each run of columns holding dark blue, measured at its middle column.
    /// </summary>
    private static List<int> Bars(SKBitmap image, int top, int bottom)
    {
        top = Math.Max(0, top);
        bottom = Math.Min(image.Height, bottom);
        int Column(int x)
        {
            var count = 0;
            for (var y = top; y < bottom; y++)
            {
                count += IsDarkBlue(image.GetPixel(x, y)) ? 1 : 0;
            }
            return count;
        }
        var heights = new List<int>();
        for (var x = 0; x < image.Width; x++)
        {
            if (Column(x) == 0)
            {
                continue;
            }
            var start = x;
            while (x < image.Width && Column(x) > 0)
            {
                x++;
            }
            heights.Add(Column((start + x) / 2));
        }
        return heights;
    }

    /// <summary>Whether a pixel is close to #1F4E8C, the ГОСТ theme's first chart colour and the emblem's disc.</summary>
    private static bool IsDarkBlue(SKColor c) => Math.Abs(c.Red - 0x1F) < 24 && Math.Abs(c.Green - 0x4E) < 24 && Math.Abs(c.Blue - 0x8C) < 24;

    /// <summary>Page <paramref name="number"/> of <paramref name="pdf"/> as poppler's pdftoppm paints it at <see cref="Dpi"/>.</summary>
    private static async Task<SKBitmap> PageImage(byte[] pdf, int number)
    {
        var folder = Directory.CreateTempSubdirectory("csto-docx-sample-pictures-");
        try
        {
            var path = Path.Combine(folder.FullName, "document.pdf");
            await File.WriteAllBytesAsync(path, pdf);
            var page = number.ToString(CultureInfo.InvariantCulture);
            using (var process = Process.Start(new ProcessStartInfo(ExternalTools.Find("pdftoppm")!, ["-png", "-r", Dpi.ToString(CultureInfo.InvariantCulture), "-f", page, "-l", page, path, Path.Combine(folder.FullName, "page")]) { UseShellExecute = false })!)
            {
                await process.WaitForExitAsync();
                process.ExitCode.Should().Be(0);
            }
            return SKBitmap.Decode(Directory.GetFiles(folder.FullName, "page*.png").Single());
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    /// <summary>A relationship target of word/document.xml as a package entry name.</summary>
    [Theory]
    [InlineData("{width=30mm}", 178)] // 30 mm at 150 dpi
    [InlineData("", 0)] // the page's width at 150 dpi
    public async Task An_svg_pictures_fallback_is_drawn_at_the_size_shown_even_for_a_picture_100_m_square(string size, int expectedWidth)
    {
        var huge = System.Text.Encoding.UTF8.GetBytes("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"100000mm\" height=\"100000mm\" viewBox=\"0 0 1e9 1e9\"><rect width=\"1e9\" height=\"1e9\" fill=\"#1F4E8C\"/></svg>");
        var document = MarkdownDocumentReader.Read($"![P](huge.svg){size}\n", new MarkdownReadOptions { Metadata = new DocumentMetadata("Доклад"), ImageLoader = _ => huge });

        var docx = await DocxRendering.RenderAsync(document);

        var blip = DocxInspection.Part(docx, "word/document.xml").Descendants(A + "blip").Should().ContainSingle().Subject;
        var extent = DocxInspection.Part(docx, "word/document.xml").Descendants(Wp + "extent").Single();
        var shownPoints = (long)extent.Attribute("cx")! / 12700.0;
        var relationships = DocxInspection.Part(docx, "word/_rels/document.xml.rels").Root!.Elements()
            .ToDictionary(e => (string)e.Attribute("Id")!, e => Target((string)e.Attribute("Target")!));
        using var zip = new ZipArchive(new MemoryStream(docx));
        using var bitmap = SKBitmap.Decode(Read(zip, relationships[(string)blip.Attribute(R + "embed")!]));
        bitmap.Width.Should().Be(expectedWidth > 0 ? expectedWidth : (int)Math.Ceiling(shownPoints * 150 / 72 - 1e-9), "the fallback has 150 dpi of the size the DOCX shows");
        bitmap.Height.Should().Be(bitmap.Width, "the picture is square");
        shownPoints.Should().BeLessThan(600, "the picture is fitted to the page");
        Blue(bitmap).Should().BeGreaterThan(100, "the fallback shows the picture's fill");
    }

    private static string Target(string target) => target.StartsWith('/') ? target[1..] : "word/" + target;

    private static byte[] Read(ZipArchive zip, string name)
    {
        using var stream = zip.GetEntry(name)!.Open();
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }

    /// <summary>The pixels close to #1F4E8C, the emblem's and the first series' colour.</summary>
    private static int Blue(SKBitmap bitmap)
    {
        var count = 0;
        for (var y = 0; y < bitmap.Height; y++)
        {
            for (var x = 0; x < bitmap.Width; x++)
            {
                count += IsDarkBlue(bitmap.GetPixel(x, y)) ? 1 : 0;
            }
        }
        return count;
    }
}
