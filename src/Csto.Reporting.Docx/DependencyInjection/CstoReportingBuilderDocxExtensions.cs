using Csto.Reporting.Docx;
using Csto.Reporting.Rendering;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Adds the DOCX renderer to the Csto report generator.</summary>
public static class CstoReportingBuilderDocxExtensions
{
    /// <summary>
    /// Registers <see cref="DocxReportRenderer"/> as a singleton (also as an <see cref="IReportRenderer"/>, so the report
    /// generator renders DOCX). When an <see cref="IHeadingPageLocator"/> is registered — <c>AddPdf()</c> registers the
    /// PDF layout, before or after this call — the table of contents gets real page numbers; otherwise they are left
    /// for Word to fill in when it opens the file. Likewise an <see cref="ITableColumnSizer"/> (the PDF layout again)
    /// gives tables the PDF's column widths; without one, columns without explicit widths are equal. Services already registered are kept; calling it twice is harmless.
    /// </summary>
    /// <param name="builder">The builder <c>AddCstoReporting()</c> returned.</param>
    /// <returns>The same builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="builder"/> is null.</exception>
    /// <example>
    /// <code>
    /// services.AddCstoReporting().AddPdf().AddDocx();
    /// // later: provider.GetRequiredService&lt;ReportGenerator&gt;().RenderAsync("summit-declaration", record, ReportFormat.Docx, stream);
    /// </code>
    /// </example>
    public static ICstoReportingBuilder AddDocx(this ICstoReportingBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        services.TryAddSingleton(provider => new DocxReportRenderer(provider.GetService<IHeadingPageLocator>(), provider.GetService<ITableColumnSizer>()));
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IReportRenderer, DocxReportRenderer>(provider => provider.GetRequiredService<DocxReportRenderer>()));
        return builder;
    }
}
