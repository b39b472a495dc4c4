using Csto.Reporting.Markdown.Conversion;
using Markdig.Extensions.CustomContainers;

namespace Csto.Reporting.Markdown.Containers;

/// <summary>The <c>:::</c> containers the reader knows, registered in one place.</summary>
internal static class ContainerConverters
{
    private static readonly IReadOnlyDictionary<string, IContainerConverter> ByName = new IContainerConverter[]
    {
        new TitlePageContainer(),
        new SignaturesContainer(),
        new PlaceDateContainer(),
        new TableOfContentsContainer(),
        new PageBreakContainer(),
        new ChartContainer(),
    }.ToDictionary(c => c.Name, StringComparer.Ordinal);

    /// <summary>The known container names.</summary>
    public static IEnumerable<string> Names => ByName.Keys;

    /// <summary>Converts a container, reporting an unknown name.</summary>
    public static Documents.Block? Convert(CustomContainer container, BlockConverter blocks)
    {
        var name = container.Info ?? string.Empty;
        if (container.ClosingFencedCharCount == 0)
        {
            // Named with its fence as written: a '::::' container is closed by a line of (at least) four colons.
            var fence = new string(container.FencedChar, container.OpeningFencedCharCount);
            blocks.Context.Problem(container, $"The container '{fence} {name}' is never closed; end it with a line '{fence}'.");
        }
        if (ByName.TryGetValue(name, out var converter))
        {
            return converter.Convert(container, blocks);
        }
        if (name == TitlePageContainer.FootName)
        {
            blocks.Context.Problem(container, $"'::: {name}' belongs inside a ::: title-page, as its last part (the blocks set at the foot of the title page).");
            return null;
        }
        blocks.Context.Problem(container, $"Unknown container '::: {name}'; known containers: {string.Join(", ", Names)}.");
        return null;
    }
}
