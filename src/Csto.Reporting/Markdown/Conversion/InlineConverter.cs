using System.Text;
using Csto.Reporting.Documents;
using Csto.Reporting.Markdown.Literals;
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
internal sealed partial class InlineConverter(ReaderContext context)
{
    /// <summary>Converts the children of a container inline; printed values of a template become plain text.</summary>
    public IReadOnlyList<Documents.Inline> Convert(ContainerInline? container) => Settle(ConvertMarked(container));

    /// <summary>
    /// Converts the children of a container inline, keeping printed values of a template apart as
    /// <see cref="LiteralRun"/>s (to be settled by <see cref="Settle"/>) so that callers can tell the template's text from
    /// a value's.
    /// </summary>
    public List<Documents.Inline> ConvertMarked(ContainerInline? container)
    {
        var output = new List<Documents.Inline>();
        if (container is not null)
        {
            AppendChildren(container, output);
        }
        TrimEnd(output);
        return output;
    }

    /// <summary>Inlines with every <see cref="LiteralRun"/> turned into a <see cref="TextRun"/>, adjacent texts merged.</summary>
    public static List<Documents.Inline> Settle(IEnumerable<Documents.Inline> marked)
    {
        var output = new List<Documents.Inline>();
        foreach (var inline in marked)
        {
            switch (inline)
            {
                case LiteralRun literal: AppendText(output, literal.Text); break;
                case TextRun run: AppendText(output, run.Text); break;
                case Strong strong: output.Add(strong with { Content = Settle(strong.Content) }); break;
                case Emphasis emphasis: output.Add(emphasis with { Content = Settle(emphasis.Content) }); break;
                case Link link: output.Add(link with { Content = Settle(link.Content) }); break;
                default: output.Add(inline); break;
            }
        }
        return output;
    }

    /// <summary>
    /// Splits marked inlines (<see cref="ConvertMarked"/>) at the last <paramref name="separator"/> of the template's
    /// own text at the top level; a separator inside a printed value never counts. Null when there is none.
    /// </summary>
    public static (List<Documents.Inline> Before, List<Documents.Inline> After)? SplitAtLast(IReadOnlyList<Documents.Inline> marked, string separator)
    {
        for (var i = marked.Count - 1; i >= 0; i--)
        {
            if (marked[i] is TextRun run && run.Text.LastIndexOf(separator, StringComparison.Ordinal) is var at and >= 0)
            {
                List<Documents.Inline> before = [.. marked.Take(i), new TextRun(run.Text[..at])];
                List<Documents.Inline> after = [new TextRun(run.Text[(at + separator.Length)..]), .. marked.Skip(i + 1)];
                return (Settle(before), Settle(after));
            }
        }
        return null;
    }

    private void AppendChildren(ContainerInline container, List<Documents.Inline> output)
    {
        CheckFootnoteReferences(container);
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
            case LiteralValueInline value:
                AppendLiteral(output, context.LiteralValue(value));
                break;
            case CodeInline code:
                AppendText(output, context.Expand(code.Content));
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
                var address = context.Expand(autolink.Url);
                output.Add(new Link(autolink.IsEmail ? "mailto:" + address : address, [new TextRun(address)]));
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
        if (inline is not LiteralInline and not LiteralValueInline and not LinkInline { IsImage: true } && Attributes.Any(inline))
        {
            context.Problem(inline, "Attributes {…} are only supported on headings, paragraphs, containers and images.");
        }
    }

    /// <summary>
    /// Reports <c>[^label]</c> in the template's own text: Markdig leaves a reference to an undefined footnote as
    /// literal text ('[' and '^label]' as neighbouring literals).
    /// </summary>
    private void CheckFootnoteReferences(ContainerInline container)
    {
        if (!HasCaret(container))
        {
            return; // no reference without its '^' (most paragraphs)
        }
        var text = new StringBuilder();
        var starts = new List<(int Offset, LiteralInline Inline)>();
        for (var inline = container.FirstChild; inline is not null; inline = inline.NextSibling)
        {
            if (inline is LiteralInline literal)
            {
                starts.Add((text.Length, literal));
                text.Append(literal.Content.AsSpan());
            }
            else
            {
                text.Append('\uFFFF'); // nothing spans another inline
            }
        }
        foreach (System.Text.RegularExpressions.Match undefined in UndefinedFootnote().Matches(text.ToString()))
        {
            // Markdig gives the '[' it turns back into text no line or column, so the place is the '^' after it, less one.
            var (offset, caret) = starts.Last(s => s.Offset <= undefined.Index + 1);
            var column = caret.Column + (undefined.Index + 1 - offset) - 1;
            context.Problem(caret.Line, column, $"The footnote {undefined.Value} is not defined; add a line '{undefined.Value}: text' or remove the reference.");
        }
    }

    private static bool HasCaret(ContainerInline container)
    {
        for (var inline = container.FirstChild; inline is not null; inline = inline.NextSibling)
        {
            if (inline is LiteralInline literal && literal.Content.AsSpan().Contains('^'))
            {
                return true;
            }
        }
        return false;
    }

    private void AppendLink(LinkInline link, List<Documents.Inline> output)
    {
        var url = context.Expand(link.Url ?? string.Empty);
        var content = Children(link);
        if (url.StartsWith('#') && url.Length > 1)
        {
            context.LinkToAnchor(link, url[1..]);
            output.Add(new Link(url, content));
        }
        else if (Uri.TryCreate(url, UriKind.Absolute, out var uri))
        {
            if (uri.Scheme is not ("http" or "https" or "mailto"))
            {
                context.Problem(link, $"A link may lead to http, https or mailto addresses only; got '{uri.Scheme}:'.");
            }
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

    /// <summary>Appends a printed value: its text as a <see cref="LiteralRun"/>, its line ends as hard line breaks.</summary>
    private static void AppendLiteral(List<Documents.Inline> output, string text)
    {
        var lines = text.ReplaceLineEndings("\n").Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            if (i > 0)
            {
                output.Add(LineBreak.Instance);
            }
            if (lines[i].Length == 0)
            {
                continue;
            }
            output.Add(output.Count > 0 && output[^1] is LiteralRun previous
                ? Replace(output, new LiteralRun(previous.Text + lines[i]))
                : new LiteralRun(lines[i]));
        }

        static LiteralRun Replace(List<Documents.Inline> output, LiteralRun merged)
        {
            output.RemoveAt(output.Count - 1);
            return merged;
        }
    }

    private static void TrimEnd(List<Documents.Inline> output)
    {
        while (output.Count > 0 && output[^1] is TextRun or LiteralRun)
        {
            var (text, literal) = output[^1] is TextRun run ? (run.Text, false) : (((LiteralRun)output[^1]).Text, true);
            var trimmed = text.TrimEnd(' ', '\t');
            if (trimmed.Length > 0)
            {
                output[^1] = literal ? new LiteralRun(trimmed) : new TextRun(trimmed);
                return;
            }
            output.RemoveAt(output.Count - 1);
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
                    case LiteralRun literal: text.Append(literal.Text); break;
                    case Strong strong: Append(strong.Content); break;
                    case Emphasis emphasis: Append(emphasis.Content); break;
                    case Link link: Append(link.Content); break;
                    case LineBreak: text.Append('\n'); break;
                }
            }
        }
    }

    /// <summary>A footnote reference Markdig left as text because no definition has its label.</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"\[\^[^\]\s]+\]")]
    private static partial System.Text.RegularExpressions.Regex UndefinedFootnote();
}
