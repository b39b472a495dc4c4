using Csto.Reporting.Documents;

namespace Csto.Reporting.Rendering;

/// <summary>Draws a document tree into one output stream in one format.</summary>
public interface IReportRenderer
{
    /// <summary>The format this renderer writes.</summary>
    ReportFormat Format { get; }

    /// <summary>Renders <paramref name="document"/> to <paramref name="output"/>.</summary>
    /// <param name="document">The document tree.</param>
    /// <param name="options">Theme and format options.</param>
    /// <param name="output">A writable stream; the renderer does not close it.</param>
    /// <param name="cancellationToken">Cancels the rendering.</param>
    Task RenderAsync(ReportDocument document, RenderOptions options, Stream output, CancellationToken cancellationToken = default);
}
