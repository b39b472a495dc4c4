using Csto.Reporting.Docx;
using Csto.Reporting.Generation;
using Csto.Reporting.Pdf;
using Csto.Reporting.Templates;

namespace Csto.Reports.Console;

/// <summary>The generator and renderers one command uses, with the templates it was pointed at.</summary>
internal sealed class ConsoleServices : IDisposable
{
    private ConsoleServices(ReportGenerator generator, PngReportRenderer png)
    {
        Generator = generator;
        Png = png;
    }

    /// <summary>Builds documents and renders PDF and DOCX.</summary>
    public ReportGenerator Generator { get; }

    /// <summary>Renders PNG pages.</summary>
    public PngReportRenderer Png { get; }

    /// <summary>The bundled templates, overridden or extended by a folder when one is given.</summary>
    public static TemplateCatalog Templates(string? folder) =>
        folder is null ? TemplateCatalog.Embedded : TemplateCatalog.Embedded.WithOverrides(folder);

    /// <summary>Creates the services.</summary>
    public static ConsoleServices Create(string? templateFolder)
    {
        var generator = new ReportGenerator(Templates(templateFolder), [new PdfReportRenderer(), new DocxReportRenderer(new PdfLayoutLocator())]);
        return new ConsoleServices(generator, new PngReportRenderer());
    }

    /// <inheritdoc/>
    public void Dispose()
    {
    }
}
