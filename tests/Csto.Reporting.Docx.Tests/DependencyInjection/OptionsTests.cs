using System.Text.RegularExpressions;
using Csto.Domain.Serialization;
using Csto.Reporting.Documents;
using Csto.Reporting.Documents.Builder;
using Csto.Reporting.Documents.Printing;
using Csto.Reporting.Generation;
using Csto.Reporting.Rendering;
using Csto.Reporting.Templates;
using Csto.Reporting.Typography;
using Csto.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Csto.Reporting.Docx.Tests.DependencyInjection;

public sealed class OptionsTests
{
    [Theory]
    [InlineData(null, "gost")]
    [InlineData("modern", "modern")]
    [InlineData("MODERN", "modern")]
    public async Task Theme_is_the_default_for_documents_that_name_none(string? theme, string expected)
    {
        var renderer = new RecordingRenderer();
        var services = new ServiceCollection();
        services.AddSingleton<IReportRenderer>(renderer);
        services.AddCstoReporting(options =>
        {
            if (theme is not null)
            {
                options.Theme = theme;
            }
        });
        using var provider = services.BuildServiceProvider();
        var document = DocumentBuilder.Create("Без темы").Section(s => s.Paragraph("Текст.")).Build();

        await provider.GetRequiredService<ReportGenerator>().RenderAsync(document, ReportFormat.Png, Stream.Null);

        renderer.LastOptions!.Theme.Name.Should().Be(expected);
    }

    [Fact]
    public void Invalid_options_fail_the_first_resolution_naming_each_setting()
    {
        var missing = Path.Combine(Path.GetTempPath(), "csto-no-such-folder-" + Guid.NewGuid().ToString("N"));
        var services = new ServiceCollection();
        services.AddCstoReporting(options =>
        {
            options.Theme = "dark";
            options.Typography = null!;
            options.TemplateFolder = missing;
        });
        using var provider = services.BuildServiceProvider();

        var act = () => provider.GetRequiredService<ReportGenerator>();

        var failures = act.Should().Throw<OptionsValidationException>().Which.Failures;
        failures.Should().Equal(
            "CstoReportingOptions.Theme must name a built-in theme (gost, modern); got 'dark'.",
            "CstoReportingOptions.Typography must not be null; use TypographyOptions.None to switch every rule off.",
            $"CstoReportingOptions.TemplateFolder must be an existing folder; '{missing}' does not exist.");
    }

    [Fact]
    public void TemplateFolder_overrides_and_adds_to_the_embedded_templates()
    {
        var folder = Directory.CreateTempSubdirectory("csto-di-templates-").FullName;
        try
        {
            File.WriteAllText(Path.Combine(folder, "summit-declaration.liquid"),
                "---\nname: summit-declaration\ntitle: Своя декларация\nmodel: declaration\n---\n{{ model.title | md }}\n");
            File.WriteAllText(Path.Combine(folder, "brief-note.liquid"),
                "---\nname: brief-note\ntitle: Краткая справка\nmodel: declaration\n---\n{{ model.title | md }}\n");
            var services = new ServiceCollection();
            services.AddCstoReporting(options => options.TemplateFolder = folder);
            using var provider = services.BuildServiceProvider();

            var catalog = provider.GetRequiredService<TemplateCatalog>();

            catalog.Get("summit-declaration").Title.Should().Be("Своя декларация");
            catalog.Get("brief-note").Title.Should().Be("Краткая справка");
            catalog.Names.Should().Contain(TemplateCatalog.Embedded.Names);
            provider.GetRequiredService<ReportGenerator>().Templates.Should().BeSameAs(catalog);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public async Task Typography_none_leaves_the_generated_text_as_the_template_wrote_it()
    {
        var path = Path.Combine(RepositoryPaths.SampleData, "csc-declaration-2025.json");
        var record = CstoJson.Read(await File.ReadAllTextAsync(path), path).Record;

        var typeset = NoBreakSpaces(Generator(TypographyOptions.All).BuildDocument("summit-declaration", record));
        var plain = NoBreakSpaces(Generator(TypographyOptions.None).BuildDocument("summit-declaration", record));

        typeset.Should().BeGreaterThan(plain);
    }

    private static ReportGenerator Generator(TypographyOptions typography)
    {
        var services = new ServiceCollection();
        services.AddCstoReporting(options => options.Typography = typography);
        return services.BuildServiceProvider().GetRequiredService<ReportGenerator>();
    }

    // The tree printer shows a no-break space as ~ and a literal tilde as \~.
    private static int NoBreakSpaces(ReportDocument document) =>
        Regex.Count(DocumentTreePrinter.Print(document), @"(?<!\\)~");
}
