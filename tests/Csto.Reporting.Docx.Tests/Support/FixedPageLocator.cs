using Csto.Reporting.Documents;
using Csto.Reporting.Rendering;

namespace Csto.Reporting.Docx.Tests.Support;

/// <summary>A locator that puts the n-th heading on page n + 1, and records that it was asked.</summary>
internal sealed class FixedPageLocator : IHeadingPageLocator
{
    public int Calls { get; private set; }

    public IReadOnlyDictionary<string, int> LocateHeadings(ReportDocument document, RenderOptions options, CancellationToken cancellationToken = default)
    {
        Calls++;
        IReadOnlyDictionary<string, int> pages = document.Headings()
            .Select((h, i) => (h.Anchor, Page: i + 2))
            .DistinctBy(p => p.Anchor)
            .ToDictionary(p => p.Anchor, p => p.Page);
        return pages;
    }
}
