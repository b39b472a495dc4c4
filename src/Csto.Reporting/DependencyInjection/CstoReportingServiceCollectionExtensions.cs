using Csto.Reporting.Generation;
using Csto.Reporting.Rendering;
using Csto.Reporting.Templates;
using Csto.Reporting.Themes;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers the Csto report generator in a service collection.</summary>
public static class CstoReportingServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="TemplateCatalog"/> and <see cref="ReportGenerator"/> as singletons. The generator renders
    /// with every <see cref="IReportRenderer"/> and <see cref="IPageImageRenderer"/> registered in the container — add them with the renderer packages'
    /// <c>AddPdf()</c> (Csto.Reporting.Pdf) and <c>AddDocx()</c> (Csto.Reporting.Docx) — and logs each rendering
    /// (format, title, time) through <see cref="ILogger{ReportGenerator}"/> when logging is registered. Calling it
    /// again is harmless: the services are added once and every <paramref name="configure"/> given is applied.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configure">Sets the templates folder, the default theme and the typography rules; null keeps the defaults.</param>
    /// <returns>A builder to add renderers on.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="services"/> is null.</exception>
    /// <example>
    /// <code>
    /// var services = new ServiceCollection();
    /// services.AddCstoReporting(options => options.Theme = "modern").AddPdf().AddDocx();
    /// using var provider = services.BuildServiceProvider();
    ///
    /// var generator = provider.GetRequiredService&lt;ReportGenerator&gt;();
    /// var file = CstoJson.Read(File.ReadAllText("csc-declaration-2025.json"), "csc-declaration-2025.json");
    /// await using var pdf = File.Create("declaration.pdf");
    /// await generator.RenderAsync("summit-declaration", file.Record, ReportFormat.Pdf, pdf);
    /// </code>
    /// </example>
    public static ICstoReportingBuilder AddCstoReporting(this IServiceCollection services, Action<CstoReportingOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddOptions<CstoReportingOptions>();
        if (configure is not null)
        {
            services.Configure(configure);
        }
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<CstoReportingOptions>, CstoReportingOptionsValidator>());
        services.TryAddSingleton(provider => CreateCatalog(provider.GetRequiredService<IOptions<CstoReportingOptions>>().Value));
        services.TryAddSingleton(CreateGenerator);
        return new CstoReportingBuilder(services);
    }

    private static TemplateCatalog CreateCatalog(CstoReportingOptions options) =>
        options.TemplateFolder is null ? TemplateCatalog.Embedded : TemplateCatalog.Embedded.WithOverrides(options.TemplateFolder);

    private static ReportGenerator CreateGenerator(IServiceProvider provider)
    {
        var options = provider.GetRequiredService<IOptions<CstoReportingOptions>>().Value;
        var logger = provider.GetService<ILogger<ReportGenerator>>() ?? NullLogger<ReportGenerator>.Instance;
        IEnumerable<IFormatRenderer> renderers = [
            .. provider.GetServices<IReportRenderer>().Select(renderer => new LoggingReportRenderer(renderer, logger)),
            .. provider.GetServices<IPageImageRenderer>()];
        return new ReportGenerator(provider.GetRequiredService<TemplateCatalog>(), renderers, new ReportGeneratorOptions
        {
            DefaultTheme = BuiltInThemes.ByName(options.Theme),
            Typography = options.Typography,
            // Resolving a service is synchronous; the files are read once, when the generator is first resolved.
            Fonts = options.Fonts.LoadAsync(CancellationToken.None).GetAwaiter().GetResult(),
        });
    }
}
