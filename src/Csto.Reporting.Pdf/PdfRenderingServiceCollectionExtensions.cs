using Csto.Reporting.Rendering;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Csto.Reporting.Pdf;

/// <summary>Registers the PDF and PNG renderers with a service collection.</summary>
public static class PdfRenderingServiceCollectionExtensions
{
    /// <summary>
    /// Adds <see cref="PdfReportRenderer"/> as an <see cref="IReportRenderer"/>, <see cref="PdfLayoutLocator"/> as the
    /// <see cref="IHeadingPageLocator"/> and <see cref="PngReportRenderer"/>, all singletons (they hold no state
    /// between renderings).
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <returns>The same collection.</returns>
    public static IServiceCollection AddCstoPdfRendering(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IReportRenderer, PdfReportRenderer>());
        services.TryAddSingleton<IHeadingPageLocator, PdfLayoutLocator>();
        services.TryAddSingleton<PngReportRenderer>();
        return services;
    }
}
