using Csto.Reporting.Documents;
using Csto.Reporting.Pdf.Frames;

namespace Csto.Reporting.Pdf.Pagination;

/// <summary>
/// Where the frames of a layout pass go (a PDF document, PNG files): <see cref="Begin"/> once, <see cref="Page"/>
/// for each page as soon as it is laid out, in order, then <see cref="End"/> once. A sink must not keep what it can
/// hand on: pages are produced one at a time.
/// </summary>
internal interface IPageSink
{
    /// <summary>Starts the document.</summary>
    /// <param name="metadata">The document's metadata (title, language, date).</param>
    void Begin(DocumentMetadata metadata);

    /// <summary>Takes one finished page.</summary>
    /// <param name="frame">The page.</param>
    void Page(PageFrame frame);

    /// <summary>Ends the document.</summary>
    /// <param name="result">The page count and where every heading landed.</param>
    void End(LayoutResult result);
}
