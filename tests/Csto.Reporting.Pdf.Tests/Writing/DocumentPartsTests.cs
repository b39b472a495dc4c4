using Csto.Testing;
using System.Text;
using Csto.Reporting.Pdf.Tests.TestSupport;
using Csto.Reporting.Pdf.Writing.Content;
using Csto.Reporting.Pdf.Writing.Document;
using Csto.Reporting.Pdf.Writing.Metadata;
using SkiaSharp;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Actions;
using UglyToad.PdfPig.Tokens;

namespace Csto.Reporting.Pdf.Tests.Writing;

public class DocumentPartsTests
{
    /// <summary>Two pages: a heading with a destination, a link to it and to a URI, a PNG with alpha and a JPEG.</summary>
    private static byte[] TwoPages(PdfArchivalLevel level, bool tagged, IReadOnlyList<PdfAttachment>? attachments = null)
    {
        var writer = new PdfDocumentWriter(WritingFixtures.Information(), level, tagged);
        var root = writer.StructureRoot;
        var page = writer.BeginPage(595.28f, 841.89f);
        var heading = root is null ? null : writer.AddStructure(root, "H1");
        if (heading is not null)
        {
            page.BeginStructure(heading);
        }
        WritingFixtures.Show(writer, page, WritingFixtures.Serif, "1. Общие положения", 16, 72, 100);
        if (heading is not null)
        {
            page.Content.EndMarkedContent();
        }
        writer.AddDestination("general", 72, 84);
        page.Content.BeginArtifact("Pagination");
        WritingFixtures.Show(writer, page, WritingFixtures.Serif, "1", 10, 290, 800);
        page.Content.EndMarkedContent();
        writer.EndPage();

        page = writer.BeginPage(595.28f, 841.89f);
        var link = root is null ? null : writer.AddStructure(root, "Link");
        if (link is not null)
        {
            page.BeginStructure(link);
        }
        WritingFixtures.Show(writer, page, WritingFixtures.Serif, "см. раздел 1", 12, 72, 100);
        if (link is not null)
        {
            page.Content.EndMarkedContent();
        }
        page.AddLink(72, 88, 80, 16, null, "general", "Раздел 1", link);
        page.AddLink(72, 120, 80, 16, "https://odkb-csto.org/", null, "Сайт ОДКБ", null);
        var figure = root is null ? null : writer.AddStructure(root, "Figure", alternativeText: "Эмблема");
        if (figure is not null)
        {
            page.BeginStructure(figure);
        }
        page.Content.DrawImage(writer.Image(Png, Png), 72, 200, 100, 50);
        page.Content.DrawImage(writer.Image(Jpeg, Jpeg), 72, 300, 40, 20);
        if (figure is not null)
        {
            page.Content.EndMarkedContent();
        }
        writer.EndPage();
        return writer.Finish(
            [new PdfOutlineItem("1. Общие положения", 1, 0, 757.89), new PdfOutlineItem("1.1 Цели", 2, 0, 700), new PdfOutlineItem("2. Заключение", 1, 1, 800)],
            [new PdfPageLabelRange(0, "D", null)],
            attachments ?? []);
    }

    private static readonly byte[] Png = Encode(SKEncodedImageFormat.Png, alpha: true);
    private static readonly byte[] Jpeg = Encode(SKEncodedImageFormat.Jpeg, alpha: false);

    private static byte[] Encode(SKEncodedImageFormat format, bool alpha)
    {
        using var bitmap = new SKBitmap(new SKImageInfo(8, 4, SKColorType.Rgba8888, alpha ? SKAlphaType.Unpremul : SKAlphaType.Opaque));
        for (var y = 0; y < 4; y++)
        {
            for (var x = 0; x < 8; x++)
            {
                bitmap.SetPixel(x, y, new SKColor((byte)(x * 30), (byte)(y * 60), 200, alpha ? (byte)(x * 36) : (byte)255));
            }
        }
        using var image = SKImage.FromBitmap(bitmap);
        return image.Encode(format, 90).ToArray();
    }

    [Fact]
    public void A_png_is_written_losslessly_with_its_alpha_as_a_soft_mask_and_a_jpeg_passes_through()
    {
        using var document = PdfDocument.Open(TwoPages(PdfArchivalLevel.None, tagged: false));
        var images = document.GetPage(2).GetImages().ToList();
        images.Should().HaveCount(2);
        var png = images.Single(image => image.WidthInSamples == 8 && !image.ImageDictionary.Data.ContainsKey("Filter")
            || image.ImageDictionary.Data["Filter"] is NameToken { Data: "FlateDecode" });
        var samples = WritingFixtures.StreamData(new StreamToken(png.ImageDictionary, png.RawBytes.ToArray()));
        samples.Should().HaveCount(8 * 4 * 3);
        samples[(1 * 8 + 3) * 3].Should().Be(90, "pixel (3,1) has red 3×30, unchanged by a lossless encoding");
        samples[((1 * 8) + 3) * 3 + 1].Should().Be(60);
        var mask = (StreamToken)WritingFixtures.Resolve(document, png.ImageDictionary.Data["SMask"]);
        var alpha = WritingFixtures.StreamData(mask);
        alpha.Should().HaveCount(32);
        alpha[3].Should().Be(3 * 36);

        var jpeg = images.Single(image => image.ImageDictionary.Data["Filter"] is NameToken { Data: "DCTDecode" });
        jpeg.RawBytes.ToArray().Should().Equal(Jpeg, "the JPEG file is embedded as it is");
        jpeg.WidthInSamples.Should().Be(8);
        ((NameToken)jpeg.ImageDictionary.Data["ColorSpace"]).Data.Should().Be("DeviceRGB");
    }

    [Fact]
    public void Bookmarks_links_destinations_and_page_labels_read_back()
    {
        using var document = PdfDocument.Open(TwoPages(PdfArchivalLevel.None, tagged: false));
        document.TryGetBookmarks(out var bookmarks).Should().BeTrue();
        bookmarks!.Roots.Select(b => b.Title).Should().Equal("1. Общие положения", "2. Заключение");
        bookmarks.Roots[0].Children.Should().ContainSingle().Which.Title.Should().Be("1.1 Цели");
        ((UglyToad.PdfPig.Outline.DocumentBookmarkNode)bookmarks.Roots[1]).PageNumber.Should().Be(2);

        var annotations = document.GetPage(2).GetAnnotations().ToList();
        annotations.Should().HaveCount(2);
        annotations[0].Content.Should().Be("Раздел 1");
        annotations[0].Rectangle.Bottom.Should().BeApproximately(841.89 - 104, 0.01);
        annotations[0].Action.Should().BeOfType<GoToAction>().Which.Destination.PageNumber.Should().Be(1);
        annotations[1].Action.Should().BeOfType<UriAction>().Which.Uri.Should().Be("https://odkb-csto.org/");

        var catalog = WritingFixtures.Catalog(document);
        var names = (DictionaryToken)WritingFixtures.Entry(document, catalog, "Names")!;
        var dests = (DictionaryToken)WritingFixtures.Entry(document, names, "Dests")!;
        var entries = ((ArrayToken)dests.Data["Names"]).Data;
        WritingFixtures.Text(entries[0]).Should().Be("general");
        var labels = (DictionaryToken)WritingFixtures.Entry(document, catalog, "PageLabels")!;
        ((NameToken)((DictionaryToken)((ArrayToken)labels.Data["Nums"]).Data[1]).Data["S"]).Data.Should().Be("D");
    }

    [ToolFact("pdfinfo")]
    public void The_structure_tree_reads_back_in_reading_order_with_alternative_text()
    {
        var pdf = TwoPages(PdfArchivalLevel.None, tagged: true);
        var (code, output) = PdfTools.Run("pdfinfo", pdf, "-struct-text", "{file}");
        code.Should().Be(0, output);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.Trim()).ToList();
        lines[0].Should().Be("Document");
        lines.Should().ContainInOrder("H1 (block)", "\"1. Общие положения\"", "Link (inline)", "\"см. раздел 1\"", "Figure");
        lines.Should().NotContain(line => line.Contains("\"1\"", StringComparison.Ordinal), "the page number is an artifact");

        using var document = PdfDocument.Open(pdf);
        var catalog = WritingFixtures.Catalog(document);
        ((BooleanToken)((DictionaryToken)WritingFixtures.Entry(document, catalog, "MarkInfo")!).Data["Marked"]).Data.Should().BeTrue();
        var tree = (DictionaryToken)WritingFixtures.Entry(document, catalog, "StructTreeRoot")!;
        var parentTree = (DictionaryToken)WritingFixtures.Entry(document, tree, "ParentTree")!;
        var nums = ((ArrayToken)parentTree.Data["Nums"]).Data;
        nums.Should().HaveCount(6, "page 1, page 2 and the tagged link annotation each have a key");
        var figure = FindElement(document, tree, "Figure");
        WritingFixtures.Text(figure.Data["Alt"]).Should().Be("Эмблема");
        var link = FindElement(document, tree, "Link");
        ((ArrayToken)link.Data["K"]).Data.OfType<DictionaryToken>().Should().ContainSingle(kid => ((NameToken)kid.Data["Type"]).Data == "OBJR");
    }

    [Fact]
    public void An_attachment_is_embedded_as_the_source_associated_file()
    {
        var json = Encoding.UTF8.GetBytes("{\"kind\": \"declaration\", \"title\": \"Декларация\"}");
        var pdf = TwoPages(PdfArchivalLevel.PdfA3B, tagged: true,
            [new PdfAttachment("декларация.json", "application/json", "Исходные данные", json, null)]);
        using var document = PdfDocument.Open(pdf);
        var catalog = WritingFixtures.Catalog(document);
        var associated = (ArrayToken)WritingFixtures.Entry(document, catalog, "AF")!;
        var specification = WritingFixtures.Dictionary(document, associated.Data.Single());
        ((NameToken)specification.Data["AFRelationship"]).Data.Should().Be("Source");
        WritingFixtures.Text(specification.Data["UF"]).Should().Be("декларация.json");
        var files = (DictionaryToken)((DictionaryToken)specification.Data["EF"]);
        var stream = (StreamToken)WritingFixtures.Resolve(document, files.Data["F"]);
        WritingFixtures.StreamData(stream).Should().Equal(json);
        ((NameToken)stream.StreamDictionary.Data["Subtype"]).Data.Should().Be("application/json");
        var parameters = (DictionaryToken)stream.StreamDictionary.Data["Params"];
        WritingFixtures.Text(parameters.Data["ModDate"]).Should().Be("D:20251128000000Z");

        var refused = () => TwoPages(PdfArchivalLevel.PdfA2B, tagged: false, [new PdfAttachment("a.json", "application/json", "a", json, null)]);
        refused.Should().Throw<ArgumentException>().WithMessage("PDF/A-2 allows no embedded files*");
    }

    private static DictionaryToken FindElement(PdfDocument document, DictionaryToken node, string type)
    {
        var pending = new Stack<IToken>([node.Data["K"]]);
        while (pending.Count > 0)
        {
            var token = WritingFixtures.Resolve(document, pending.Pop());
            if (token is ArrayToken array)
            {
                foreach (var item in array.Data)
                {
                    pending.Push(item);
                }
            }
            else if (token is DictionaryToken dictionary && dictionary.Data.TryGetValue("S", out var s))
            {
                if (((NameToken)s).Data == type)
                {
                    return dictionary;
                }
                if (dictionary.Data.TryGetValue("K", out var kids))
                {
                    pending.Push(kids);
                }
            }
        }
        throw new InvalidOperationException($"No {type} element.");
    }
}
