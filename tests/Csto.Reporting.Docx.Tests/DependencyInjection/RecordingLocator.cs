using Csto.Reporting.Documents;
using Csto.Reporting.Rendering;

namespace Csto.Reporting.Docx.Tests.DependencyInjection;

/// <summary>A heading page locator that puts every heading on page 7 and counts its calls.</summary>
internal sealed class RecordingLocator : IHeadingPageLocator
{
    public int Calls { get; private set; }

    public IReadOnlyDictionary<string, int> LocateHeadings(ReportDocument document, RenderOptions options, CancellationToken cancellationToken = default)
    {
        Calls++;
        IReadOnlyDictionary<string, int> pages = document.Headings().ToDictionary(h => h.Anchor, _ => 7);
        return pages;
    }
}
