using Csto.Reporting.Documents;

namespace Csto.Reporting.Rendering;

/// <summary>Draws a document tree into one output stream in one format (PDF, DOCX).</summary>
public interface IReportRenderer : IFormatRenderer
{
    /// <summary>Renders <paramref name="document"/> to <paramref name="output"/>, writing asynchronously.</summary>
    /// <param name="document">The document tree.</param>
    /// <param name="options">Theme and format options.</param>
    /// <param name="output">A writable stream; the renderer does not close it.</param>
    /// <param name="cancellationToken">Cancels the rendering.</param>
    /// <exception cref="Diagnostics.ReportInputException">The document cannot be drawn (a character no font has, a picture that cannot be decoded).</exception>
    /// <exception cref="ArgumentException"><paramref name="output"/> is read-only (checked before any work is done).</exception>
    /// <exception cref="ObjectDisposedException"><paramref name="output"/> has been closed or disposed.</exception>
    Task RenderAsync(ReportDocument document, RenderOptions options, Stream output, CancellationToken cancellationToken = default);

    /// <summary>Renders <paramref name="document"/> to <paramref name="output"/> on the calling thread.</summary>
    /// <param name="document">The document tree.</param>
    /// <param name="options">Theme and format options.</param>
    /// <param name="output">A writable stream; the renderer does not close it.</param>
    /// <param name="cancellationToken">Cancels the rendering.</param>
    /// <exception cref="Diagnostics.ReportInputException">The document cannot be drawn (a character no font has, a picture that cannot be decoded).</exception>
    /// <exception cref="ArgumentException"><paramref name="output"/> is read-only (checked before any work is done).</exception>
    /// <exception cref="ObjectDisposedException"><paramref name="output"/> has been closed or disposed.</exception>
    void Render(ReportDocument document, RenderOptions options, Stream output, CancellationToken cancellationToken = default);
}
