using Csto.Reporting.Documents;
using Csto.Reporting.Markdown.Conversion;
using Markdig.Extensions.CustomContainers;

namespace Csto.Reporting.Markdown.Containers;

/// <summary><c>::: page-break</c> followed by <c>:::</c>: the next block starts a new page.</summary>
internal sealed class PageBreakContainer : IContainerConverter
{
    public string Name => "page-break";

    public Documents.Block? Convert(CustomContainer container, BlockConverter blocks)
    {
        if (container.Count > 0)
        {
            blocks.Context.Problem(container, "A ::: page-break container must be empty.");
        }
        return PageBreak.Instance;
    }
}
