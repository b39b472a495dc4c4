using System.Text;
using Csto.Reporting.Documents;
using Markdig.Extensions.CustomContainers;
using Markdig.Extensions.Footnotes;
using Markdig.Syntax.Inlines;
using MarkdigInline = Markdig.Syntax.Inlines.Inline;

namespace Csto.Reporting.Markdown.Conversion;

/// <summary>
/// Turns Markdig inlines into document inlines: literals and code → text (adjacent texts merged), emphasis,
/// strong, links, autolinks, hard line breaks, footnote references. Images and raw HTML are reported here;
/// an image that is a paragraph of its own is handled by <see cref="ImageConverter"/>.
/// </summary>
internal sealed class InlineConverter(ReaderContext context)
{
    /// <summary>Converts the children of a container inline.</summary>
    public IReadOnlyList<Documents.Inline> Convert(ContainerInline? container)
    {
        var output = new List<Documents.Inline>();
        if (container is not null)
        {
            AppendChildren(container, output);
        }
        TrimEnd(output);
        return output;
    }

    private void AppendChildren(ContainerInline container, List<Documents.Inline> output)
    {
        for (var inline = container.FirstChild; inline is not null; inline = inline.NextSibling)
        {
            Append(inline, output);
        }
    }

    private void Append(MarkdigInline inline, List<Documents.Inline> output)
    {
        switch (inline)
        {
            case LiteralInline literal:
                AppendText(output, literal.Content.ToString());
                break;
            case CodeInline code:
                AppendText(output, code.Content);
                break;
            case HtmlEntityInline entity:
                AppendText(output, entity.Transcoded.ToString());
                break;
            case LineBreakInline lineBreak:
                if (lineBreak.IsHard)
                {
                    output.Add(LineBreak.Instance);
                }
                else
                {
                    AppendText(output, " ");
                }
                break;
            case FootnoteLink { IsBackLink: true }:
                break;
            case FootnoteLink footnote:
                output.Add(new FootnoteReference(footnote.Footnote.Order));
                break;
            case AutolinkInline autolink:
                output.Add(new Link(autolink.IsEmail ? "mailto:" + autolink.Url : autolink.Url, [new TextRun(autolink.Url)]));
                break;
            case LinkInline { IsImage: true } image:
                context.Problem(image, "An image must stand alone in its own paragraph: ![alt](path){width=120mm}.");
                break;
            case LinkInline link:
                AppendLink(link, output);
                break;
            case EmphasisInline emphasis when emphasis.DelimiterChar is '*' or '_':
                var content = Children(emphasis);
                output.Add(emphasis.DelimiterCount >= 2 ? new Strong(content) : new Emphasis(content));
                break;
            case HtmlInline html:
                context.Problem(html, $"Inline HTML is not supported ('{html.Tag}'); use Markdown emphasis, links and attributes.");
                break;
            case CustomContainerInline or EmphasisInline:
                AppendChildren((ContainerInline)inline, output);
                break;
            case DelimiterInline delimiter:
                AppendText(output, delimiter.ToLiteral());
                AppendChildren(delimiter, output);
                break;
            case ContainerInline other:
                AppendChildren(other, output);
                break;
            default:
                context.Problem(inline, $"Unsupported Markdown inline '{inline.GetType().Name}'.");
                break;
        }
        if (inline is not LiteralInline and not LinkInline { IsImage: true } && Attributes.Any(inline))
        {
            context.Problem(inline, "Attributes {…} are only supported on headings, paragraphs, containers and images.");
        }
    }

    private void AppendLink(LinkInline link, List<Documents.Inline> output)
    {
        var url = link.Url ?? string.Empty;
        var content = Children(link);
        if (url.StartsWith('#') && url.Length > 1)
        {
            output.Add(new Link(url, content));
        }
        else if (Uri.TryCreate(url, UriKind.Absolute, out _))
        {
            output.Add(new Link(url, content));
        }
        else
        {
            context.Problem(link, $"A link target must be an absolute URI (https://…, mailto:…) or #heading-id; got '{url}'.");
            output.AddRange(content);
        }
    }

    private List<Documents.Inline> Children(ContainerInline container)
    {
        var output = new List<Documents.Inline>();
        AppendChildren(container, output);
        return output;
    }

    private static void AppendText(List<Documents.Inline> output, string text)
    {
        if (text.Length == 0)
        {
            return;
        }
        if (output.Count > 0 && output[^1] is TextRun previous)
        {
            output[^1] = new TextRun(previous.Text + text);
        }
        else
        {
            output.Add(new TextRun(text));
        }
    }

    private static void TrimEnd(List<Documents.Inline> output)
    {
        if (output.Count > 0 && output[^1] is TextRun last)
        {
            var trimmed = last.Text.TrimEnd(' ', '\t');
            if (trimmed.Length == 0)
            {
                output.RemoveAt(output.Count - 1);
            }
            else
            {
                output[^1] = new TextRun(trimmed);
            }
        }
    }

    /// <summary>The plain text of inlines, with hard line breaks as '\n' (for signatures and place-and-date lines).</summary>
    public static string PlainText(IEnumerable<Documents.Inline> inlines)
    {
        var text = new StringBuilder();
        Append(inlines);
        return text.ToString();

        void Append(IEnumerable<Documents.Inline> items)
        {
            foreach (var inline in items)
            {
                switch (inline)
                {
                    case TextRun run: text.Append(run.Text); break;
                    case Strong strong: Append(strong.Content); break;
                    case Emphasis emphasis: Append(emphasis.Content); break;
                    case Link link: Append(link.Content); break;
                    case LineBreak: text.Append('\n'); break;
                }
            }
        }
    }
}
