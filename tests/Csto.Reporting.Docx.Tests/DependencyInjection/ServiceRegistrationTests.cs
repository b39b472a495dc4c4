using Csto.Domain.Serialization;
using Csto.Reporting.Documents.Builder;
using Csto.Reporting.Generation;
using Csto.Reporting.Pdf;
using Csto.Reporting.Rendering;
using Csto.Reporting.Templates;
using Csto.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Csto.Reporting.Docx.Tests.DependencyInjection;

public sealed class ServiceRegistrationTests
{
    [Fact]
    public void AddPdf_and_AddDocx_register_the_renderers_the_generator_uses()
    {
        var services = new ServiceCollection();
        services.AddCstoReporting().AddPdf().AddDocx();
        using var provider = services.BuildServiceProvider();

        var generator = provider.GetRequiredService<ReportGenerator>();

        generator.Formats.Should().BeEquivalentTo([ReportFormat.Pdf, ReportFormat.Docx, ReportFormat.Png]);
        generator.Templates.Should().BeSameAs(TemplateCatalog.Embedded);
        provider.GetRequiredService<TemplateCatalog>().Should().BeSameAs(TemplateCatalog.Embedded);
        provider.GetServices<IReportRenderer>().Should().HaveCount(2);
        provider.GetServices<IReportRenderer>().OfType<PdfReportRenderer>().Single().Should().BeSameAs(provider.GetRequiredService<PdfReportRenderer>());
        provider.GetServices<IReportRenderer>().OfType<DocxReportRenderer>().Single().Should().BeSameAs(provider.GetRequiredService<DocxReportRenderer>());
        provider.GetRequiredService<IHeadingPageLocator>().Should().BeSameAs(provider.GetRequiredService<PdfLayoutLocator>());
        provider.GetServices<IPageImageRenderer>().Should().ContainSingle().Which.Should().BeSameAs(provider.GetRequiredService<PngReportRenderer>());
        provider.GetRequiredService<ReportGenerator>().Should().BeSameAs(generator);
    }

    [Fact]
    public void Registering_twice_adds_each_service_once()
    {
        var services = new ServiceCollection();
        services.AddCstoReporting().AddPdf().AddDocx();
        services.AddCstoReporting().AddDocx().AddPdf();

        services.Count(d => d.ServiceType == typeof(IReportRenderer)).Should().Be(2);
        services.Count(d => d.ServiceType == typeof(ReportGenerator)).Should().Be(1);
        services.Count(d => d.ServiceType == typeof(TemplateCatalog)).Should().Be(1);
        services.Count(d => d.ServiceType == typeof(IHeadingPageLocator)).Should().Be(1);
        using var provider = services.BuildServiceProvider();
        services.Count(d => d.ServiceType == typeof(IPageImageRenderer)).Should().Be(1);
        provider.GetRequiredService<ReportGenerator>().Formats.Should().HaveCount(3);
    }

    [Fact]
    public void AddDocx_alone_works_without_a_heading_page_locator()
    {
        var services = new ServiceCollection();
        services.AddCstoReporting().AddDocx();
        using var provider = services.BuildServiceProvider();

        provider.GetService<IHeadingPageLocator>().Should().BeNull();
        provider.GetRequiredService<ReportGenerator>().Formats.Should().Equal(ReportFormat.Docx);
    }

    [Fact]
    public async Task The_docx_renderer_takes_the_heading_page_locator_from_the_container()
    {
        var locator = new RecordingLocator();
        var services = new ServiceCollection();
        services.AddCstoReporting().AddDocx();
        services.AddSingleton<IHeadingPageLocator>(locator);
        using var provider = services.BuildServiceProvider();
        var document = DocumentBuilder.Create("Отчёт").Section(s => s.TableOfContents().Heading(1, "Введение").Paragraph("Текст.")).Build();

        using var output = new MemoryStream();
        await provider.GetRequiredService<ReportGenerator>().RenderAsync(document, ReportFormat.Docx, output);

        locator.Calls.Should().Be(1);
    }

    [Fact]
    public async Task The_generator_from_the_container_renders_a_declaration_to_pdf_and_docx()
    {
        var services = new ServiceCollection();
        services.AddCstoReporting().AddPdf().AddDocx();
        using var provider = services.BuildServiceProvider();
        var generator = provider.GetRequiredService<ReportGenerator>();
        var path = Path.Combine(RepositoryPaths.SampleData, "csc-declaration-2025.json");
        var file = CstoJson.Read(await File.ReadAllTextAsync(path), path);

        using var pdf = new MemoryStream();
        await generator.RenderAsync("summit-declaration", file.Record, ReportFormat.Pdf, pdf);
        using var docx = new MemoryStream();
        await generator.RenderAsync("summit-declaration", file.Record, ReportFormat.Docx, docx);

        "%PDF-"u8.SequenceEqual(pdf.ToArray().AsSpan(0, 5)).Should().BeTrue();
        "PK"u8.SequenceEqual(docx.ToArray().AsSpan(0, 2)).Should().BeTrue();
    }

    [Fact]
    public async Task The_synchronous_overloads_write_the_same_bytes_and_png_pages_go_through_the_generator()
    {
        var services = new ServiceCollection();
        services.AddCstoReporting().AddPdf().AddDocx();
        using var provider = services.BuildServiceProvider();
        var generator = provider.GetRequiredService<ReportGenerator>();
        var path = Path.Combine(RepositoryPaths.SampleData, "csc-declaration-2025.json");
        var record = CstoJson.Read(await File.ReadAllTextAsync(path), path).Record;
        var document = generator.BuildDocument("summit-declaration", record);

        foreach (var format in new[] { ReportFormat.Pdf, ReportFormat.Docx })
        {
            using var asynchronous = new MemoryStream();
            await generator.RenderAsync(document, format, asynchronous);
            using var synchronous = new MemoryStream();
            generator.Render("summit-declaration", record, format, synchronous);
            synchronous.Length.Should().BeGreaterThan(1000);
            synchronous.ToArray().Should().Equal(asynchronous.ToArray(), $"{format} rendered synchronously is the same file");
        }

        var pages = new List<MemoryStream>();
        var count = generator.RenderPages(document, page =>
        {
            page.Should().Be(pages.Count + 1);
            pages.Add(new MemoryStream());
            return pages[^1];
        }, RenderOptions.Default with { PngDpi = 20 });
        count.Should().Be(provider.GetRequiredService<PdfLayoutLocator>().CountPages(document, RenderOptions.Default)).And.Be(pages.Count).And.BePositive();
        foreach (var page in pages)
        {
            page.ToArray().Should().HaveCountGreaterThan(100).And.StartWith(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A });
        }

        var pngToOneStream = () => generator.RenderAsync(document, ReportFormat.Png, Stream.Null);
        await pngToOneStream.Should().ThrowAsync<InvalidOperationException>().WithMessage("Png is written one stream per page; use ReportGenerator.RenderPages.");
    }

    [Fact]
    public async Task Renderings_are_logged_through_the_registered_logger()
    {
        var logger = new RecordingLogger();
        var services = new ServiceCollection();
        services.AddSingleton<ILogger<ReportGenerator>>(logger);
        services.AddSingleton<IReportRenderer, RecordingRenderer>();
        services.AddCstoReporting();
        using var provider = services.BuildServiceProvider();
        var document = DocumentBuilder.Create("Записка о DI").Section(s => s.Paragraph("Текст.")).Build();

        using var output = new MemoryStream();
        await provider.GetRequiredService<ReportGenerator>().RenderAsync(document, ReportFormat.Png, output);

        output.ToArray().Should().Equal(1);
        logger.Messages.Should().ContainSingle().Which.Should().StartWith("Rendered \"Записка о DI\" to Png in ");
    }
}
