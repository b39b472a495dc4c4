namespace Microsoft.Extensions.DependencyInjection;

/// <summary>The one implementation of <see cref="ICstoReportingBuilder"/>.</summary>
internal sealed class CstoReportingBuilder : ICstoReportingBuilder
{
    public CstoReportingBuilder(IServiceCollection services)
    {
        Services = services ?? throw new ArgumentNullException(nameof(services));
    }

    public IServiceCollection Services { get; }
}
