using Csto.Testing;
using SkiaSharp;
using Xunit.Sdk;

namespace Csto.Reporting.Tests.Harness;

public sealed class SnapshotHarnessTests
{
    [Fact]
    public void Equal_texts_have_no_difference() =>
        TextDiff.Describe("а\nб\n", "а\nб\n").Should().BeNull();

    [Fact]
    public void A_changed_line_is_reported_with_its_number()
    {
        var diff = TextDiff.Describe("первая\nвторая\nтретья", "первая\nВТОРАЯ\nтретья");
        diff.Should().Contain("line 2").And.Contain("- вторая").And.Contain("+ ВТОРАЯ");
    }

    [Fact]
    public void Images_within_tolerance_match_and_different_images_do_not()
    {
        var white = Png(SKColors.White, mark: false);
        var almostWhite = Png(new SKColor(250, 250, 250), mark: false);
        var marked = Png(SKColors.White, mark: true);

        ImageComparer.Compare(white, almostWhite, ImageTolerance.Default).Should().BeNull();
        ImageComparer.Compare(white, marked, ImageTolerance.Default).Should().Contain("pixels");
    }

    [Fact]
    public void A_mismatch_writes_the_received_file_and_fails()
    {
        if (Snapshot.Accepting)
        {
            return; // Accepting mode turns mismatches into updates; this check is for normal runs.
        }
        var folder = Path.Combine(RepositoryPaths.TestProject("Csto.Reporting.Tests"), "Snapshots", "harness");
        var verified = Path.Combine(folder, "mismatch.verified.txt");
        var received = Path.Combine(folder, "mismatch.received.txt");
        Directory.CreateDirectory(folder);
        File.WriteAllText(verified, "ожидаемый текст\n");
        try
        {
            var act = () => Snapshot.VerifyText("harness/mismatch", "полученный текст");
            act.Should().Throw<XunitException>().WithMessage("*line 1*полученный текст*");
            File.ReadAllText(received).Should().Be("полученный текст\n");

            Snapshot.VerifyText("harness/mismatch", "ожидаемый текст");
            File.Exists(received).Should().BeFalse("a match removes the stale received file");
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static byte[] Png(SKColor background, bool mark)
    {
        using var bitmap = new SKBitmap(40, 40);
        using (var canvas = new SKCanvas(bitmap))
        {
            canvas.Clear(background);
            if (mark)
            {
                using var paint = new SKPaint { Color = SKColors.Black };
                canvas.DrawRect(5, 5, 20, 20, paint);
            }
        }
        using var data = bitmap.Encode(SKEncodedImageFormat.Png, 100);
        return data.ToArray();
    }
}
