using System.Globalization;
using Csto.Reporting.Documents;
using Csto.Reporting.Markdown.Containers;
using Markdig.Extensions.CustomContainers;
using Markdig.Extensions.Footnotes;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using MarkdigBlock = Markdig.Syntax.Block;
using MarkdigTable = Markdig.Extensions.Tables.Table;

namespace Csto.Reporting.Markdown.Conversion;

/// <summary>
/// Turns Markdig blocks into document blocks: headings, paragraphs (styled by their class), lists, tables,
/// quotations, code as plain lines, images and the <c>:::</c> containers. A <c>{.caption}</c> paragraph right
/// before a table (or right after an image) becomes its caption, and so does pandoc's caption line
/// (<c>: Таблица 1. …</c> or <c>Table: …</c>) right after or before a table.
/// </summary>
internal sealed class BlockConverter
{
    /// <summary>
    /// The most characters a paragraph, heading or code block may print: 250 000, some 75 pages of the gost theme
    /// (the longest paragraph of the samples has about 2 000). Line breaking holds a paragraph whole, about 130 bytes
    /// a character, so a 5-million-character line took 700 MB.
    /// </summary>
    internal const int MaxParagraphLength = 250_000;

    private readonly ReaderContext context;
    private readonly InlineConverter inlines;
    private readonly TableConverter tables;
    private readonly ImageConverter images;

    /// <summary>Paragraphs whose pandoc caption prefix is the template's own text, not a printed value's.</summary>
    private readonly HashSet<Paragraph> captionCandidates = new(ReferenceEqualityComparer.Instance);

    public BlockConverter(ReaderContext context)
    {
        this.context = context;
        inlines = new InlineConverter(context);
        tables = new TableConverter(context, this);
        images = new ImageConverter(context);
    }

    /// <summary>The reading state.</summary>
    public ReaderContext Context => context;

    /// <summary>The inline converter.</summary>
    public InlineConverter Inlines => inlines;

    /// <summary>Converts the children of a container; paragraphs without a class get <paramref name="defaultStyle"/>.</summary>
    public List<Documents.Block> Convert(ContainerBlock container, ParagraphStyle defaultStyle = ParagraphStyle.Body)
    {
        var output = new List<Documents.Block>();
        foreach (var child in container)
        {
            var block = Convert(child, defaultStyle);
            if (block is null)
            {
                continue;
            }
            context.Positions.Add(block, context.FileLine(child), child.Column + 1);
            if (block is Documents.Table table && output.Count > 0 && output[^1] is Paragraph previous
                && (previous.Style == ParagraphStyle.Caption ? previous.Content : PandocCaption(previous)) is { } caption)
            {
                output[^1] = table with { Caption = caption };
                context.Positions.Move(table, output[^1]);
            }
            else if (block is Paragraph next && output.Count > 0 && output[^1] is Documents.Table { Caption: null } captionless
                && PandocCaption(next) is { } pandocCaption)
            {
                output[^1] = captionless with { Caption = pandocCaption };
                context.Positions.Move(captionless, output[^1]);
            }
            else if (block is Paragraph { Style: ParagraphStyle.Caption } imageCaption && output.Count > 0 && output[^1] is Image { Caption: null } image)
            {
                output[^1] = image with { Caption = imageCaption.Content };
                context.Positions.Move(image, output[^1]);
            }
            else
            {
                output.Add(block);
            }
        }
        return output;
    }

    /// <summary>
    /// The caption of a pandoc caption paragraph (<c>: text</c> or <c>Table: text</c>) without its prefix; null for
    /// any other paragraph.
    /// </summary>
    private IReadOnlyList<Documents.Inline>? PandocCaption(Paragraph paragraph)
    {
        if (!captionCandidates.Contains(paragraph) || paragraph.Content is not [TextRun first, ..])
        {
            return null;
        }
        var prefix = first.Text.StartsWith(": ", StringComparison.Ordinal) ? 2
            : first.Text.StartsWith("Table: ", StringComparison.Ordinal) ? 7
            : 0;
        if (prefix == 0)
        {
            return null;
        }
        var rest = first.Text[prefix..].TrimStart();
        return rest.Length > 0
            ? [new TextRun(rest), .. paragraph.Content.Skip(1)]
            : [.. paragraph.Content.Skip(1)];
    }

    private Documents.Block? Convert(MarkdigBlock block, ParagraphStyle defaultStyle)
    {
        switch (block)
        {
            case HeadingBlock heading:
                return Bounded(heading, Heading(heading));
            case ParagraphBlock paragraph:
                return Bounded(paragraph, Paragraph(paragraph, defaultStyle));
            case ListBlock list:
                return List(list);
            case MarkdigTable table:
                return tables.Convert(table);
            case QuoteBlock quote:
                return new BlockQuote(Convert(quote, defaultStyle));
            case CustomContainer container:
                return ContainerConverters.Convert(container, this);
            case FencedCodeBlock or CodeBlock:
                return Bounded(block, Code((LeafBlock)block));
            case HtmlBlock html:
                context.Problem(html, "HTML blocks are not supported; use Markdown and ::: containers instead.");
                return null;
            case ThematicBreakBlock:
                context.Problem(block, "A thematic break (***, ---) only separates the parts of a ::: title-page; use ::: page-break for a new page.");
                return null;
            case FootnoteGroup or LinkReferenceDefinitionGroup or LinkReferenceDefinition or BlankLineBlock:
                return null;
            default:
                context.Problem(block, $"Unsupported Markdown block '{block.GetType().Name}'.");
                return null;
        }
    }

    /// <summary>The block, or null with a problem at <paramref name="at"/> when its text is longer than <see cref="MaxParagraphLength"/>.</summary>
    private Documents.Block? Bounded(MarkdigBlock at, Documents.Block? converted)
    {
        var content = converted switch
        {
            Paragraph paragraph => paragraph.Content,
            Heading heading => heading.Content,
            _ => null,
        };
        var length = content is null ? 0 : DocumentWalker.PlainTextLength(content);
        if (length <= MaxParagraphLength)
        {
            return converted;
        }
        context.Problem(at, string.Create(CultureInfo.InvariantCulture,
            $"This {(converted is Heading ? "heading" : "paragraph")} has {length:N0} characters; a paragraph may have at most {MaxParagraphLength:N0} (some 75 pages). Break it into paragraphs."));
        return null;
    }

    private Heading Heading(HeadingBlock heading)
    {
        var unnumbered = false;
        var inToc = true;
        foreach (var name in Attributes.Classes(heading))
        {
            switch (name)
            {
                case "unnumbered": unnumbered = true; break;
                case "notoc": inToc = false; break;
                default:
                    context.Problem(heading, $"Unknown heading class '.{name}'; known: .unnumbered, .notoc.");
                    break;
            }
        }
        var level = Math.Min(heading.Level, 4);
        var marked = inlines.ConvertMarked(heading.Inline);
        if (marked.Count > 0 && marked[^1] is TextRun { Text: var last } && last.EndsWith('}') && last.Contains('{', StringComparison.Ordinal))
        {
            context.Problem(heading, $"The heading attributes in '{last}' are not understood; write {{#id .unnumbered .notoc}} with an id of two or more characters.");
        }
        return new Heading(level, InlineConverter.Settle(marked), context.Anchor(heading, Attributes.Id(heading)))
        {
            Number = context.Number(level, unnumbered),
            InTableOfContents = inToc,
        };
    }

    private Documents.Block? Paragraph(ParagraphBlock paragraph, ParagraphStyle defaultStyle)
    {
        if (paragraph.Inline?.FirstChild is LinkInline { IsImage: true } image && IsOnlyChild(image))
        {
            return images.Convert(image);
        }
        var style = defaultStyle;
        foreach (var name in Attributes.Classes(paragraph))
        {
            if (Attributes.ParagraphClasses.TryGetValue(name, out var chosen))
            {
                style = chosen;
            }
            else
            {
                context.Problem(paragraph, $"Unknown paragraph class '.{name}'; known: {string.Join(", ", Attributes.ParagraphClasses.Keys.Select(k => "." + k))}.");
            }
        }
        if (Attributes.Id(paragraph) is { } id)
        {
            context.Problem(paragraph, $"A paragraph cannot have an id ('#{id}'); ids are for headings.");
        }
        var marked = inlines.ConvertMarked(paragraph.Inline);
        if (marked.Count == 0)
        {
            return null;
        }
        var converted = new Paragraph(InlineConverter.Settle(marked), style);
        if (marked[0] is TextRun first && (first.Text.StartsWith(": ", StringComparison.Ordinal) || first.Text.StartsWith("Table: ", StringComparison.Ordinal)))
        {
            captionCandidates.Add(converted);
        }
        return converted;
    }

    private static bool IsOnlyChild(LinkInline image)
    {
        for (var next = image.NextSibling; next is not null; next = next.NextSibling)
        {
            if (next is not LiteralInline literal || !literal.Content.IsEmptyOrWhitespace())
            {
                return false;
            }
        }
        return true;
    }

    private ItemList List(ListBlock list)
    {
        var items = list.OfType<ListItemBlock>().Select(item => new ListItem(Convert(item))).ToList();
        var start = 1;
        if (list.IsOrdered && list.OrderedStart is { } text && !int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out start))
        {
            start = 1;
        }
        return new ItemList(list.IsOrdered, items) { Start = start };
    }

    private Paragraph? Code(LeafBlock code)
    {
        var lines = code.Lines.Lines.Take(code.Lines.Count).Select(l => context.Expand(l.Slice.ToString())).ToList();
        if (lines.Count == 0)
        {
            return null;
        }
        var content = new List<Documents.Inline>();
        for (var i = 0; i < lines.Count; i++)
        {
            if (i > 0)
            {
                content.Add(LineBreak.Instance);
            }
            content.Add(new TextRun(lines[i]));
        }
        return new Paragraph(content, ParagraphStyle.Plain);
    }
}
