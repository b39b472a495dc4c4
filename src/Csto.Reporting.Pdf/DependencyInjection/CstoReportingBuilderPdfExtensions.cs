using Csto.Reporting.Hyphenation;
using Csto.Reporting.Pdf;
using Csto.Reporting.Rendering;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Adds the PDF and PNG renderers to the Csto report generator.</summary>
public static class CstoReportingBuilderPdfExtensions
{
    /// <summary>
    /// Registers as singletons <see cref="PdfReportRenderer"/> (also as an <see cref="IReportRenderer"/>, so the report
    /// generator renders PDF), <see cref="PngReportRenderer"/> (also as an <see cref="IPageImageRenderer"/>, so the generator renders PNG pages) and <see cref="PdfLayoutLocator"/> (also as
    /// <see cref="IHeadingPageLocator"/> and <see cref="ITableColumnSizer"/>, so the DOCX renderer fills its table of
    /// contents with the PDF's page numbers and gives its tables the PDF's column widths).
    /// They hyphenate with an <see cref="IHyphenator"/> registered in the container, or the built-in Russian and English
    /// patterns. Services already registered are kept; calling it twice is harmless.
    /// </summary>
    /// <param name="builder">The builder <c>AddCstoReporting()</c> returned.</param>
    /// <returns>The same builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="builder"/> is null.</exception>
    /// <example>
    /// <code>
    /// services.AddCstoReporting().AddPdf().AddDocx();
    /// // later: provider.GetRequiredService&lt;ReportGenerator&gt;().RenderAsync("summit-declaration", record, ReportFormat.Pdf, stream);
    /// </code>
    /// </example>
    public static ICstoReportingBuilder AddPdf(this ICstoReportingBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        services.TryAddSingleton<PdfReportRenderer>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IReportRenderer, PdfReportRenderer>(provider => provider.GetRequiredService<PdfReportRenderer>()));
        services.TryAddSingleton<PngReportRenderer>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IPageImageRenderer, PngReportRenderer>(provider => provider.GetRequiredService<PngReportRenderer>()));
        services.TryAddSingleton<PdfLayoutLocator>();
        services.TryAddSingleton<IHeadingPageLocator>(provider => provider.GetRequiredService<PdfLayoutLocator>());
        services.TryAddSingleton<ITableColumnSizer>(provider => provider.GetRequiredService<PdfLayoutLocator>());
        return builder;
    }
}
