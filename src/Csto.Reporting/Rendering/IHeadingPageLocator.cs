using Csto.Reporting.Documents;

namespace Csto.Reporting.Rendering;

/// <summary>
/// Tells on which page each heading lands when the document is laid out. The PDF layout implements it; the
/// DOCX renderer uses it to fill in the cached page numbers of its TOC field.
/// </summary>
public interface IHeadingPageLocator
{
    /// <summary>
    /// Lays the document out and returns the 1-based page number of every heading, by <see cref="Heading.Anchor"/>.
    /// Layout is CPU-bound work and runs on the calling thread.
    /// </summary>
    /// <param name="document">The document tree.</param>
    /// <param name="options">The theme the pages are laid out with.</param>
    /// <param name="cancellationToken">Cancels the layout.</param>
    /// <exception cref="Diagnostics.ReportInputException">The document cannot be laid out (a character no font has, a picture that cannot be decoded).</exception>
    IReadOnlyDictionary<string, int> LocateHeadings(ReportDocument document, RenderOptions options, CancellationToken cancellationToken = default);
}
