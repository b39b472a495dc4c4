using Csto.Reporting.Documents;

namespace Csto.Reporting.Rendering;

/// <summary>Draws a document tree as one image per page (PNG), each page into its own stream.</summary>
public interface IPageImageRenderer : IFormatRenderer
{
    /// <summary>
    /// Renders every page on the calling thread; <paramref name="openPage"/> gets the 1-based page number and returns
    /// the stream to write that page to (the renderer does not close it). Each page is opened once, in order.
    /// </summary>
    /// <param name="document">The document tree.</param>
    /// <param name="options">Theme and resolution (<see cref="RenderOptions.PngDpi"/>).</param>
    /// <param name="openPage">Opens the output stream of a page.</param>
    /// <param name="cancellationToken">Cancels between pages.</param>
    /// <returns>The page count.</returns>
    /// <exception cref="Diagnostics.ReportInputException">The document cannot be drawn (a character no font has, a picture that cannot be decoded).</exception>
    /// <exception cref="InvalidOperationException"><paramref name="openPage"/> returned null or a stream that cannot be written.</exception>
    int RenderPages(ReportDocument document, RenderOptions options, Func<int, Stream> openPage, CancellationToken cancellationToken = default);
}
