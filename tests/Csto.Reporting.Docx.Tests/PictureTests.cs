using System.Diagnostics;
using System.IO.Compression;
using System.Xml.Linq;
using Csto.Reporting.Docx.Tests.Support;
using Csto.Reporting.Documents;
using Csto.Reporting.Markdown;
using Csto.Testing;
using SkiaSharp;

namespace Csto.Reporting.Docx.Tests;

/// <summary>SVG pictures and charts in DOCX: an SVG part with a PNG fallback, as Word stores them, that LibreOffice shows.</summary>
[Collection(PdfLayoutCollection.Name)]
public sealed class PictureTests
{
    private static readonly XNamespace A = "http://schemas.openxmlformats.org/drawingml/2006/main";
    private static readonly XNamespace Asvg = "http://schemas.microsoft.com/office/drawing/2016/SVG/main";
    private static readonly XNamespace R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
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

    [Fact]
    public async Task LibreOffice_shows_the_chart_and_the_emblem()
    {
        if (LibreOffice.Executable is null || !File.Exists("/usr/bin/pdftoppm"))
        {
            Environment.GetEnvironmentVariable("CI").Should().NotBe("true", "CI installs LibreOffice and poppler");
            return;
        }
        var docx = await DocxRendering.RenderAsync(ChartAndEmblem());

        var pdf = await LibreOffice.ConvertToPdfAsync(docx, "pictures");

        var folder = Directory.CreateTempSubdirectory("csto-docx-pictures-");
        try
        {
            var pdfPath = Path.Combine(folder.FullName, "pictures.pdf");
            await File.WriteAllBytesAsync(pdfPath, pdf);
            using (var process = Process.Start(new ProcessStartInfo("/usr/bin/pdftoppm", ["-png", "-r", "50", "-f", "1", "-l", "1", pdfPath, Path.Combine(folder.FullName, "page")]) { UseShellExecute = false })!)
            {
                await process.WaitForExitAsync();
                process.ExitCode.Should().Be(0);
            }
            using var page = SKBitmap.Decode(Directory.GetFiles(folder.FullName, "page*.png").Single());
            Blue(page).Should().BeGreaterThan(200, "LibreOffice paints the emblem's disc and the chart's bars");
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    /// <summary>A relationship target of word/document.xml as a package entry name.</summary>
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
                var c = bitmap.GetPixel(x, y);
                if (Math.Abs(c.Red - 0x1F) < 24 && Math.Abs(c.Green - 0x4E) < 24 && Math.Abs(c.Blue - 0x8C) < 24)
                {
                    count++;
                }
            }
        }
        return count;
    }
}
