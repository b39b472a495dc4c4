namespace Microsoft.Extensions.DependencyInjection;

/// <summary>
/// What <see cref="CstoReportingServiceCollectionExtensions.AddCstoReporting"/> returns: the service collection the
/// report generator was added to, for the renderer packages' extensions (<c>AddPdf()</c>, <c>AddDocx()</c>) to chain on.
/// </summary>
public interface ICstoReportingBuilder
{
    /// <summary>The service collection the reporting services are registered in.</summary>
    IServiceCollection Services { get; }
}
