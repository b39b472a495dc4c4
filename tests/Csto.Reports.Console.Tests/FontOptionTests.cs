using Csto.Testing;
using UglyToad.PdfPig;

namespace Csto.Reports.Console.Tests;

/// <summary>--font-dir, --body-font and --heading-font, with the Armenian and Georgian sample input.</summary>
public sealed class FontOptionTests
{
    private static readonly string Sample = Path.Combine(RepositoryPaths.Root, "tests", "Csto.Reports.Console.Tests", "Inputs", "scripts.md");
    private static readonly string BundledFonts = Path.Combine(RepositoryPaths.Root, "src", "Csto.Reporting", "Resources", "Fonts");

    private static void CopyFont(TempFolder folder, string file, string name)
    {
        Directory.CreateDirectory(folder.File("fonts"));
        File.Copy(Path.Combine(BundledFonts, file), Path.Combine(folder.File("fonts"), name));
    }

    private static (List<string> Fonts, string Text) Read(string pdfPath)
    {
        using var pdf = PdfDocument.Open(pdfPath);
        var pages = pdf.GetPages().ToList();
        return (pages.SelectMany(p => p.Letters).Select(l => l.FontName ?? string.Empty).Select(f => f[(f.IndexOf('+', StringComparison.Ordinal) + 1)..]).Distinct().Order(StringComparer.Ordinal).ToList(),
            string.Concat(pages.Select(p => p.Text)));
    }

    [Fact]
    public void The_armenian_and_georgian_sample_renders_with_the_bundled_fallbacks()
    {
        using var folder = new TempFolder();
        var run = ConsoleRun.Run(folder.Path, "render", Sample, "--out", "out", "--format", "pdf,docx,png", "--theme", "modern", "--quiet");
        run.ExitCode.Should().Be(0, run.Error);
        var (fonts, text) = Read(folder.File("out/scripts.pdf"));
        fonts.Should().Contain(["NotoSerifArmenian-Regular", "NotoSerifArmenian-Bold", "NotoSerifGeorgian-Regular", "NotoSerif-Regular", "PTSerif-Regular"], "Markdown is set in the modern theme");
        // PdfPig drops the modern theme's «ու» ligature (pdftotext reads it; Csto.Reporting.Pdf.Tests compare whole sentences).
        text.Should().Contain("Հայաստանի").And.Contain("საქართველოს").And.Contain("℃");
        Directory.GetFiles(folder.File("out"), "scripts*.png").Should().NotBeEmpty();
    }

    [Fact]
    public void Fonts_from_font_dir_back_up_the_theme_and_can_be_named_as_body_and_heading_fonts()
    {
        using var folder = new TempFolder();
        CopyFont(folder, "NotoSansArmenian-Regular.ttf", "armenian.ttf");
        CopyFont(folder, "NotoSansArmenian-Bold.ttf", "armenian-bold.ttf");
        CopyFont(folder, "LiberationSans-Regular.ttf", "body.ttf");
        CopyFont(folder, "LiberationSans-Bold.ttf", "body-bold.ttf");
        var run = ConsoleRun.Run(folder.Path, "render", Sample, "--out", "out", "--format", "pdf", "--quiet",
            "--font-dir", "fonts", "--body-font", "liberation sans", "--heading-font", "Liberation Sans");
        run.ExitCode.Should().Be(0, run.Error);
        var (fonts, _) = Read(folder.File("out/scripts.pdf"));
        fonts.Should().Contain(["LiberationSans", "NotoSansArmenian-Regular", "NotoSansArmenian-Bold"], "the folder's Armenian family comes before the bundled serif one")
            .And.NotContain(f => f.StartsWith("LiberationSerif", StringComparison.Ordinal) || f.StartsWith("NotoSerifArmenian", StringComparison.Ordinal));
    }

    [Fact]
    public void A_bad_font_file_exits_1_naming_it_and_an_unknown_family_exits_2()
    {
        using var folder = new TempFolder();
        CopyFont(folder, "PTSans-Bold.ttf", "bold.ttf");
        File.WriteAllText(folder.File("fonts/broken.otf"), "not a font at all");
        var bad = ConsoleRun.Run(folder.Path, "render", Sample, "--out", "out", "--quiet", "--font-dir", "fonts");
        bad.ExitCode.Should().Be(1);
        bad.Error.Should().Contain(Path.Combine("fonts", "broken.otf") + ": is not a TrueType or OpenType font")
            .And.Contain(Path.Combine("fonts", "bold.ttf") + ": the family «PT Sans» has no regular face (given: Bold); add its regular file.");
        Directory.Exists(folder.File("out")).Should().BeFalse("nothing is written when the fonts are bad");

        var unknown = ConsoleRun.Run(folder.Path, "render", Sample, "--out", "out", "--quiet", "--body-font", "Comic Sans");
        unknown.ExitCode.Should().Be(2);
        unknown.Error.Should().Contain("--body-font: no font family 'Comic Sans'; families: Liberation Serif, Liberation Sans, PT Serif");
        var missing = ConsoleRun.Run(folder.Path, "validate", Sample, "--font-dir", "nowhere");
        missing.ExitCode.Should().Be(2);
        missing.Error.Should().Contain("--font-dir: no such folder 'nowhere'.");
    }
}
