using Csto.Reporting.Docx;
using Csto.Reporting.Generation;
using Csto.Reporting.Pdf;
using Csto.Reporting.Templates;

namespace Csto.Reports.Console;

/// <summary>
/// The generator and renderers one command uses, built directly (as <see cref="ReportGenerator"/>'s example does):
/// the same objects <c>services.AddCstoReporting(…).AddPdf().AddDocx()</c> registers with default options, without a
/// service provider, whose set-up every start would pay for (issue 13: about 25 ms of a fresh process of the
/// published tool, and some 70 methods to compile).
/// </summary>
internal sealed class ConsoleServices
{
    private ConsoleServices(TemplateCatalog templates)
    {
        Layout = new PdfLayoutLocator();
        Generator = new ReportGenerator(templates, [new PdfReportRenderer(), new PngReportRenderer(), new DocxReportRenderer(Layout, Layout)]);
    }

    /// <summary>Builds documents and renders PDF, DOCX and PNG pages.</summary>
    public ReportGenerator Generator { get; }

    /// <summary>Lays documents out without drawing them; also the DOCX writer's page numbers and column widths.</summary>
    public PdfLayoutLocator Layout { get; }

    /// <summary>The bundled templates, overridden or extended by a folder when one is given.</summary>
    public static TemplateCatalog Templates(string? folder) =>
        folder is null ? TemplateCatalog.Embedded : TemplateCatalog.Embedded.WithOverrides(folder);

    /// <summary>Creates the services.</summary>
    /// <exception cref="Reporting.Diagnostics.ReportInputException">A template of <paramref name="templateFolder"/> is invalid (every problem).</exception>
    public static ConsoleServices Create(string? templateFolder) => new(Templates(templateFolder));
}
