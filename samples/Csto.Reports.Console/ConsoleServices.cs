using Csto.Reporting.Generation;
using Csto.Reporting.Pdf;
using Csto.Reporting.Templates;
using Microsoft.Extensions.DependencyInjection;

namespace Csto.Reports.Console;

/// <summary>
/// The generator and renderers one command uses, wired the way any application would:
/// <c>services.AddCstoReporting(…).AddPdf().AddDocx()</c>.
/// </summary>
internal sealed class ConsoleServices : IDisposable
{
    private readonly ServiceProvider provider;

    private ConsoleServices(ServiceProvider provider)
    {
        this.provider = provider;
        Generator = provider.GetRequiredService<ReportGenerator>();
        Layout = provider.GetRequiredService<PdfLayoutLocator>();
    }

    /// <summary>Builds documents and renders PDF, DOCX and PNG pages.</summary>
    public ReportGenerator Generator { get; }

    /// <summary>Lays documents out without drawing them.</summary>
    public PdfLayoutLocator Layout { get; }

    /// <summary>The bundled templates, overridden or extended by a folder when one is given.</summary>
    public static TemplateCatalog Templates(string? folder) =>
        folder is null ? TemplateCatalog.Embedded : TemplateCatalog.Embedded.WithOverrides(folder);

    /// <summary>Creates the services.</summary>
    public static ConsoleServices Create(string? templateFolder)
    {
        var services = new ServiceCollection();
        services.AddCstoReporting(options => options.TemplateFolder = templateFolder).AddPdf().AddDocx();
        return new ConsoleServices(services.BuildServiceProvider());
    }

    /// <inheritdoc/>
    public void Dispose() => provider.Dispose();
}
