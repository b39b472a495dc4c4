using Csto.Reporting.Documents;

namespace Csto.Reporting.Rendering;

/// <summary>
/// Tells on which page each heading lands when the document is laid out. The PDF layout implements it; the
/// DOCX renderer uses it to fill in the cached page numbers of its TOC field.
/// </summary>
public interface IHeadingPageLocator
{
    /// <summary>Lays the document out and returns the 1-based page number of every heading, by <see cref="Heading.Anchor"/>.</summary>
    Task<IReadOnlyDictionary<string, int>> LocateHeadingsAsync(ReportDocument document, RenderOptions options, CancellationToken cancellationToken = default);
}
