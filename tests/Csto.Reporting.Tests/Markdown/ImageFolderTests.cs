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

    public void Dispose() => Directory.Delete(root, recursive: true);

    private ReportDocument Read(string body) =>
        MarkdownDocumentReader.ReadFile($"---\ntitle: Обзор\n---\n\n{body}\n", Path.Combine(root, "report", "note.md"),
            ImageFolder.Loader(Path.Combine(root, "report")));

    private static byte[] Png(int width, int height)
    {
        using var bitmap = new SKBitmap(width, height);
        bitmap.Erase(SKColors.SteelBlue);
        using var data = bitmap.Encode(SKEncodedImageFormat.Png, 100);
        return data.ToArray();
    }
}
