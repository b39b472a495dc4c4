using Csto.Reporting.Diagnostics;
using Csto.Reporting.Documents.Builder;
using Csto.Reporting.Fonts;
using Csto.Reporting.Generation;
using Csto.Reporting.Rendering;
using Csto.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Csto.Reporting.Docx.Tests.DependencyInjection;

/// <summary><c>o.Fonts</c>: the user's font files reach the theme the generator picks.</summary>
public sealed class FontOptionsTests : IDisposable
{
    private static readonly string Bundled = Path.Combine(RepositoryPaths.Root, "src", "Csto.Reporting", "Resources", "Fonts");
    private readonly string folder = Directory.CreateTempSubdirectory("csto-di-fonts-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    private string Copy(string file)
    {
        var path = Path.Combine(folder, "user-" + file);
        File.Copy(Path.Combine(Bundled, file), path);
        return path;
    }

    [Fact]
    public async Task Registered_families_back_up_every_theme_and_can_set_its_text()
    {
        var regular = Copy("PTSans-Regular.ttf");
        var bold = Copy("PTSans-Bold.ttf");
        var armenian = Path.Combine(folder, "armenian");
        Directory.CreateDirectory(armenian);
        File.Copy(Path.Combine(Bundled, "NotoSansArmenian-Regular.ttf"), Path.Combine(armenian, "a.ttf"));
        var renderer = new RecordingRenderer();
        var services = new ServiceCollection();
        services.AddSingleton<IReportRenderer>(renderer);
        services.AddCstoReporting(o =>
        {
            o.Fonts.AddFolder(armenian).AddFamily(regular, bold);
            o.Fonts.BodyFont = "pt sans";
        });
        using var provider = services.BuildServiceProvider();
        var document = DocumentBuilder.Create("Шрифты").Section(s => s.Paragraph("Текст.")).Build();

        await provider.GetRequiredService<ReportGenerator>().RenderAsync(document, ReportFormat.Png, Stream.Null);

        var theme = renderer.LastOptions!.Theme;
        theme.Name.Should().Be("gost");
        theme.BodyFont.IsBundled.Should().BeFalse();
        theme.BodyFont.SourceOf(FontFace.Bold).Should().Be(bold);
        theme.HeadingFont.Should().BeSameAs(FontFamily.LiberationSerif);
        theme.FallbackFonts.Take(2).Select(f => f.Name).Should().Equal("Noto Sans Armenian", "PT Sans");
        theme.FallbackFonts.Skip(2).Should().Equal(BundledFonts.SerifFallbacks);
    }

    [Fact]
    public void Missing_font_paths_fail_validation_and_bad_files_or_names_fail_the_resolution()
    {
        var absent = Path.Combine(folder, "absent.ttf");
        var services = new ServiceCollection();
        services.AddCstoReporting(o => o.Fonts.AddFamily(absent).AddFolder(Path.Combine(folder, "nowhere")));
        using (var provider = services.BuildServiceProvider())
        {
            var act = () => provider.GetRequiredService<ReportGenerator>();
            act.Should().Throw<OptionsValidationException>().Which.Failures.Should().Equal(
                $"CstoReportingOptions.Fonts: the font folder '{Path.Combine(folder, "nowhere")}' does not exist.",
                $"CstoReportingOptions.Fonts: the font file '{absent}' does not exist.");
        }

        var text = Path.Combine(folder, "text.ttf");
        File.WriteAllText(text, "plain text, not a font at all");
        var bad = new ServiceCollection();
        bad.AddCstoReporting(o => o.Fonts.AddFamily(text));
        using (var provider = bad.BuildServiceProvider())
        {
            var act = () => provider.GetRequiredService<ReportGenerator>();
            act.Should().Throw<ReportInputException>().WithMessage($"{text}: is not a TrueType or OpenType font (it starts with 0x706C6169).");
        }

        var unknown = new ServiceCollection();
        unknown.AddCstoReporting(o => o.Fonts.HeadingFont = "Helvetica");
        using (var provider = unknown.BuildServiceProvider())
        {
            var act = () => provider.GetRequiredService<ReportGenerator>();
            act.Should().Throw<ArgumentException>().WithMessage("CstoReportingOptions.Fonts.HeadingFont: no font family 'Helvetica'; families: Liberation Serif, *");
        }
    }
}
