using Csto.Reporting.Diagnostics;
using Csto.Reporting.Documents;
using Csto.Reporting.Markdown;
using SkiaSharp;

namespace Csto.Reporting.Tests.Markdown;

public sealed class ImageFolderTests : IDisposable
{
    private readonly string root = Path.Combine(Path.GetTempPath(), "csto-images-" + Guid.NewGuid().ToString("N"));

    public ImageFolderTests()
    {
        Directory.CreateDirectory(Path.Combine(root, "report", "maps"));
        File.WriteAllBytes(Path.Combine(root, "report", "maps", "region.png"), Png(40, 20));
        File.WriteAllBytes(Path.Combine(root, "secret.png"), Png(10, 10));
    }

    [Fact]
    public void A_picture_below_the_markdown_folder_is_loaded()
    {
        var document = Read("![Карта региона](maps/region.png){width=80mm}");

        var image = document.Sections[0].Blocks.OfType<Image>().Single();
        image.WidthPoints.Should().BeApproximately(Length.FromMillimetres(80), 0.01);
        image.HeightPoints.Should().BeApproximately(Length.FromMillimetres(40), 0.01, "the aspect ratio of the 40×20 picture is kept");
    }

    [Theory]
    [InlineData("../secret.png", "inside the Markdown file's folder")]
    [InlineData("maps/../../secret.png", "inside the Markdown file's folder")]
    [InlineData("/etc/passwd.png", "relative to the Markdown file's folder")]
    public void A_path_leaving_the_folder_is_an_error_at_the_image_line(string path, string expected)
    {
        var act = () => Read($"Текст.\n\n![x]({path})");

        var problem = act.Should().Throw<ReportInputException>().Which.Problems.Single();
        problem.Line.Should().Be(7);
        problem.Message.Should().Contain(expected);
    }

    [Fact]
    public void A_symbolic_link_inside_the_folder_to_a_picture_inside_it_is_followed()
    {
        File.CreateSymbolicLink(Path.Combine(root, "report", "alias.png"), Path.Combine("maps", "region.png"));

        var image = Read("![Карта](alias.png)").Sections[0].Blocks.OfType<Image>().Single();

        image.HeightPoints.Should().BeApproximately(image.WidthPoints / 2, 0.01, "the 40×20 picture the link points at was read");
    }

    [Fact]
    public void Symbolic_links_leading_out_of_the_folder_are_refused_by_the_file_they_reach_not_by_their_path()
    {
        File.CreateSymbolicLink(Path.Combine(root, "report", "leak.png"), Path.Combine(root, "secret.png"));
        Directory.CreateSymbolicLink(Path.Combine(root, "report", "up"), root);
        Directory.CreateSymbolicLink(Path.Combine(root, "report", "maps", "back"), "../..");

        var act = () => Read("Текст.\n\n![a](leak.png)\n\n![b](up/secret.png)\n\n![c](maps/back/secret.png)");

        act.Should().Throw<ReportInputException>().Which.Problems.Select(p => (p.Line, p.Message.Contains("symbolic link", StringComparison.Ordinal)
            && p.Message.EndsWith(Path.Combine(root, "secret.png") + "; copy the picture into the folder instead.", StringComparison.Ordinal)))
            .Should().Equal((7, true), (9, true), (11, true));
    }

    [Fact]
    public void Damaged_pictures_are_errors_naming_the_file_and_the_damage_at_the_image_line()
    {
        var png = Png(40, 20);
        var flipped = (byte[])png.Clone();
        var idat = IndexOf(flipped, "IDAT"u8);
        flipped[idat + 6] ^= 0xFF;
        File.WriteAllBytes(Path.Combine(root, "report", "crc.png"), flipped);
        File.WriteAllBytes(Path.Combine(root, "report", "short.png"), WithIdatOf(png, Png(4, 2)));
        File.WriteAllBytes(Path.Combine(root, "report", "cut.png"), png[..(png.Length - 12)]);
        var jpeg = Encode(40, 20, SKEncodedImageFormat.Jpeg);
        File.WriteAllBytes(Path.Combine(root, "report", "whole.jpg"), jpeg);
        File.WriteAllBytes(Path.Combine(root, "report", "cut.jpg"), jpeg[..(jpeg.Length - 8)]);

        var act = () => Read("![a](crc.png)\n\n![b](short.png)\n\n![c](cut.png)\n\n![d](whole.jpg)\n\n![e](cut.jpg)");

        act.Should().Throw<ReportInputException>().Which.Problems.Select(p => $"{p.Line}: {p.Message}").Should().Equal(
            $"5: The image 'crc.png' cannot be used: the PNG chunk IDAT at byte {idat - 4} is damaged (its CRC does not match); save the picture again or replace it.",
            "7: The image 'short.png' cannot be used: its image data is cut short or damaged (fewer pixels than its header says); save the picture again or replace it.",
            "9: The image 'cut.png' cannot be used: the PNG file is cut short (it has no IEND chunk); save the picture again or replace it.",
            "13: The image 'cut.jpg' cannot be used: the JPEG file is cut short (its image data has no end marker); save the picture again or replace it.");
    }

    public void Dispose() => Directory.Delete(root, recursive: true);

    private ReportDocument Read(string body) =>
        MarkdownDocumentReader.ReadFile($"---\ntitle: Обзор\n---\n\n{body}\n", Path.Combine(root, "report", "note.md"),
            ImageFolder.Loader(Path.Combine(root, "report")));

    private static byte[] Png(int width, int height) => Encode(width, height, SKEncodedImageFormat.Png);

    private static byte[] Encode(int width, int height, SKEncodedImageFormat format)
    {
        using var bitmap = new SKBitmap(width, height);
        bitmap.Erase(SKColors.SteelBlue);
        using var data = bitmap.Encode(format, 90);
        return data.ToArray();
    }

    private static int IndexOf(byte[] data, ReadOnlySpan<byte> what) => data.AsSpan().IndexOf(what);

    /// <summary>The PNG with its (single) IDAT chunk replaced by the IDAT chunk of <paramref name="other"/> (CRC and all).</summary>
    private static byte[] WithIdatOf(byte[] png, byte[] other)
    {
        static (int Start, int End) Chunk(byte[] data)
        {
            var type = IndexOf(data, "IDAT"u8);
            return (type - 4, type + 8 + System.Buffers.Binary.BinaryPrimitives.ReadInt32BigEndian(data.AsSpan(type - 4)));
        }
        var (start, end) = Chunk(png);
        var (otherStart, otherEnd) = Chunk(other);
        return [.. png[..start], .. other[otherStart..otherEnd], .. png[end..]];
    }
}
