using System.Globalization;
using Csto.Reporting.Markdown.Conversion;
using Markdig.Extensions.CustomContainers;
using Markdig.Syntax;

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
        // Named with its fence as written: a '::::' container is closed by a line of (at least) four colons.
        var fence = Fence(container);
        if (name.Length == 0)
        {
            // A bare fence line that closed nothing opens a nameless container: one problem, unless it was a fence too
            // short to close the container around it, which that container's problem names.
            if (container.GetData(ShortCloser) is null)
            {
                blocks.Context.Problem(container, container.ClosingFencedCharCount == 0
                    ? $"The line '{fence}' closes no container (none that it can close is open): remove it, or name the container it opens; known containers: {string.Join(", ", Names)}."
                    : $"A container needs a name after '{fence}'; known containers: {string.Join(", ", Names)}.");
            }
            return null;
        }
        if (container.ClosingFencedCharCount == 0)
        {
            NeverClosed(container, blocks);
        }
        if (ByName.TryGetValue(name, out var converter))
        {
            return converter.Convert(container, blocks);
        }
        if (name == TitlePageContainer.FootName)
        {
            blocks.Context.Problem(container, $"'{fence} {name}' belongs inside a ::: title-page, as its last part (the blocks set at the foot of the title page).");
            return null;
        }
        blocks.Context.Problem(container, $"Unknown container '{fence} {name}'; known containers: {string.Join(", ", Names)}.");
        return null;
    }

    /// <summary>
    /// Reports a container never closed, at its opening line; a bare fence inside it too short to close it (<c>:::</c>
    /// in a <c>::::</c> container) is named here and not reported again as a container of its own.
    /// </summary>
    public static void NeverClosed(CustomContainer container, BlockConverter blocks)
    {
        var fence = Fence(container);
        var shortCloser = container.Descendants<CustomContainer>().FirstOrDefault(c =>
            string.IsNullOrEmpty(c.Info) && c.ClosingFencedCharCount == 0 && c.FencedChar == container.FencedChar && c.OpeningFencedCharCount < container.OpeningFencedCharCount);
        var because = string.Empty;
        if (shortCloser is not null)
        {
            shortCloser.SetData(ShortCloser, true);
            because = string.Create(CultureInfo.InvariantCulture,
                $" (the line '{Fence(shortCloser)}' on line {blocks.Context.FileLine(shortCloser)} has too few colons to close it)");
        }
        blocks.Context.Problem(container, $"The container '{fence} {container.Info}' is never closed; end it with a line '{fence}'{because}.");
    }

    private static readonly object ShortCloser = new();

    private static string Fence(CustomContainer container) => new(container.FencedChar, container.OpeningFencedCharCount);
}
