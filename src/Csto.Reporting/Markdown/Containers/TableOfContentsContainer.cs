using System.Globalization;
using Csto.Reporting.Documents;
using Csto.Reporting.Markdown.Conversion;
using Markdig.Extensions.CustomContainers;
using Markdig.Syntax;

namespace Csto.Reporting.Markdown.Containers;

/// <summary>
/// <c>::: toc</c>: a table of contents; its first paragraph, if any, is the title. The deepest level listed is
/// given as <c>::: toc {max-level=2}</c> or <c>::: toc 2</c> (3 by default).
/// </summary>
internal sealed class TableOfContentsContainer : IContainerConverter
{
    public string Name => "toc";

    public Documents.Block? Convert(CustomContainer container, BlockConverter blocks)
    {
        var context = blocks.Context;
        var levelText = container.Arguments?.Trim();
        foreach (var (key, value) in Attributes.Properties(container))
        {
            if (key == "max-level")
            {
                levelText = value;
            }
            else
            {
                context.Problem(container, $"Unknown table of contents attribute '{key}'; known: max-level.");
            }
        }
        var maxLevel = 3;
        if (!string.IsNullOrEmpty(levelText)
            && (!int.TryParse(levelText, NumberStyles.None, CultureInfo.InvariantCulture, out maxLevel) || maxLevel is < 1 or > 4))
        {
            context.Problem(container, $"The table of contents level must be 1 to 4; got '{levelText}'.");
            maxLevel = 3;
        }
        var title = context.TableOfContentsTitle;
        if (container.Count > 0)
        {
            if (container.Count == 1 && container[0] is ParagraphBlock paragraph)
            {
                title = InlineConverter.PlainText(blocks.Inlines.Convert(paragraph.Inline)).Trim();
            }
            else
            {
                context.Problem(container, "A ::: toc container holds at most one paragraph: its title.");
            }
        }
        return new TableOfContents(title, maxLevel);
    }
}
