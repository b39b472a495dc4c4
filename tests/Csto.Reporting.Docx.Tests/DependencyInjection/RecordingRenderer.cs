using Csto.Reporting.Documents;
using Csto.Reporting.Rendering;

namespace Csto.Reporting.Docx.Tests.DependencyInjection;

/// <summary>A PNG "renderer" that writes one byte and remembers the options it was given.</summary>
internal sealed class RecordingRenderer : IReportRenderer
{
    public ReportFormat Format => ReportFormat.Png;

    public RenderOptions? LastOptions { get; private set; }

    public Task RenderAsync(ReportDocument document, RenderOptions options, Stream output, CancellationToken cancellationToken = default)
    {
        LastOptions = options;
        output.WriteByte(1);
        return Task.CompletedTask;
    }

    public void Render(ReportDocument document, RenderOptions options, Stream output, CancellationToken cancellationToken = default) =>
        RenderAsync(document, options, output, cancellationToken).GetAwaiter().GetResult();
}
