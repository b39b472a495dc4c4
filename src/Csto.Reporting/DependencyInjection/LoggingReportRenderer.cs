using System.Diagnostics;
using Csto.Reporting.Documents;
using Csto.Reporting.Rendering;
using Microsoft.Extensions.Logging;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>
/// Wraps a renderer the container hands to the report generator: logs the rendering's format, document title and
/// time. It changes nothing else: same format, same output, exceptions pass through untouched.
/// </summary>
internal sealed partial class LoggingReportRenderer : IReportRenderer
{
    private readonly IReportRenderer inner;
    private readonly ILogger logger;

    public LoggingReportRenderer(IReportRenderer inner, ILogger logger)
    {
        this.inner = inner ?? throw new ArgumentNullException(nameof(inner));
        this.logger = logger ?? throw new ArgumentNullException(nameof(logger));
    }

    public ReportFormat Format => inner.Format;

    public async Task RenderAsync(ReportDocument document, RenderOptions options, Stream output, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(options);
        LogRendering(document.Metadata.Title, Format, options.Theme.Name);
        var started = Stopwatch.GetTimestamp();
        await inner.RenderAsync(document, options, output, cancellationToken).ConfigureAwait(false);
        var elapsedMilliseconds = (long)Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        LogRendered(document.Metadata.Title, Format, elapsedMilliseconds);
    }

    public void Render(ReportDocument document, RenderOptions options, Stream output, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(options);
        LogRendering(document.Metadata.Title, Format, options.Theme.Name);
        var started = Stopwatch.GetTimestamp();
        inner.Render(document, options, output, cancellationToken);
        var elapsedMilliseconds = (long)Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        LogRendered(document.Metadata.Title, Format, elapsedMilliseconds);
    }

    [LoggerMessage(EventId = 1, Level = LogLevel.Debug, Message = "Rendering \"{Title}\" to {Format} with theme {Theme}")]
    private partial void LogRendering(string title, ReportFormat format, string theme);

    [LoggerMessage(EventId = 2, Level = LogLevel.Information, Message = "Rendered \"{Title}\" to {Format} in {ElapsedMilliseconds} ms")]
    private partial void LogRendered(string title, ReportFormat format, long elapsedMilliseconds);
}
