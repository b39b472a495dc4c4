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

    /// <summary>
    /// The hanging indent of the table of contents' entries of a heading level, in points, as the layout sets them:
    /// the larger of <see cref="TableOfContents.HangingIndent(int)"/> and the widest number of that level's entries
    /// and a space, measured in the theme's body font at its body size. The DOCX's entries take it, so an entry's text
    /// starts at the same x in both formats.
    /// </summary>
    /// <param name="document">The document tree.</param>
    /// <param name="level">The heading level, 1 to 4; others are clamped.</param>
    /// <param name="options">The theme the pages are laid out with.</param>
    /// <returns>
    /// The indent; for a locator that does not lay text out (the default), the estimate
    /// <see cref="TableOfContents.HangingIndent(int, IEnumerable{Heading}, double)"/> over the headings listed in contents.
    /// </returns>
    /// <exception cref="Diagnostics.ReportInputException">The document cannot be laid out.</exception>
    double ContentsHangingIndent(ReportDocument document, int level, RenderOptions options) =>
        TableOfContents.HangingIndent(level, document.Headings().Where(h => h.InTableOfContents), options.Theme.BodyFontSize);
}
