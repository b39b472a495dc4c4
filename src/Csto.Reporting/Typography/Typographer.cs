using System.Text.RegularExpressions;
using Csto.Reporting.Documents;
using Csto.Reporting.Documents.Builder;

namespace Csto.Reporting.Typography;

/// <summary>
/// Russian (and English) typography for the whole document tree: quotes, dashes, ranges, no-break spaces,
/// thousands separators, ellipsis. The runs of one paragraph are processed together, so a quote opened in bold
/// text and closed after it pairs correctly, yet every run keeps its own text. URLs are never changed.
/// Applying the pass twice gives the same result as applying it once.
/// </summary>
/// <example><code>var typeset = Typographer.Apply(document, TypographyOptions.All);</code></example>
public static partial class Typographer
{
    private const char FootnotePlaceholder = '\uFFFC';

    /// <summary>
    /// Returns the document with every text run processed: paragraphs, headings, list items, table cells and
    /// captions, quotations, the title page, footnotes, signatories, the table of contents title and the metadata
    /// title, subject and author. The language comes from <see cref="DocumentMetadata.Language"/>.
    /// </summary>
    public static ReportDocument Apply(ReportDocument document, TypographyOptions options)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(options);
        var english = document.Metadata.IsEnglish;
        var rewriter = new InlineTreeRewriter(inlines => ApplyToInlines(inlines, english, options), text => Apply(text, english, options));
        var metadata = document.Metadata with
        {
            Title = Apply(document.Metadata.Title, english, options),
            Subject = document.Metadata.Subject is { } subject ? Apply(subject, english, options) : null,
            Author = document.Metadata.Author is { } author ? Apply(author, english, options) : null,
        };
        return rewriter.Rewrite(document) with { Metadata = metadata };
    }

    /// <summary>Processes one string, such as a title or a cell text.</summary>
    /// <param name="text">The text.</param>
    /// <param name="language">A BCP 47 tag; tags starting with <c>en</c> get English rules, others Russian.</param>
    /// <param name="options">The rules to apply.</param>
    public static string ApplyToText(string text, string language, TypographyOptions options)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(language);
        ArgumentNullException.ThrowIfNull(options);
        return Apply(text, language.StartsWith("en", StringComparison.OrdinalIgnoreCase), options);
    }

    /// <summary>Processes the inlines of one paragraph together; returns the same structure with new texts.</summary>
    public static IReadOnlyList<Inline> ApplyToInlines(IReadOnlyList<Inline> inlines, string language, TypographyOptions options)
    {
        ArgumentNullException.ThrowIfNull(inlines);
        ArgumentNullException.ThrowIfNull(language);
        ArgumentNullException.ThrowIfNull(options);
        return ApplyToInlines(inlines, language.StartsWith("en", StringComparison.OrdinalIgnoreCase), options);
    }

    private static string Apply(string text, bool english, TypographyOptions options)
    {
        var buffer = new TextBuffer();
        buffer.Append(text, 0, isLocked: false);
        Run(buffer, english, options);
        return buffer.Split(1)[0];
    }

    private static IReadOnlyList<Inline> ApplyToInlines(IReadOnlyList<Inline> inlines, bool english, TypographyOptions options)
    {
        var buffer = new TextBuffer();
        var runs = 0;
        Flatten(inlines, buffer, ref runs, insideLink: false);
        if (runs == 0)
        {
            return inlines;
        }
        Run(buffer, english, options);
        var texts = buffer.Split(runs);
        var index = 0;
        return Rebuild(inlines, texts, ref index);
    }

    private static void Run(TextBuffer buffer, bool english, TypographyOptions options)
    {
        var text = buffer.Text;
        if (text.Contains("://", StringComparison.Ordinal) || text.Contains('@', StringComparison.Ordinal) || text.Contains("www.", StringComparison.OrdinalIgnoreCase))
        {
            buffer.Lock(Url());
        }
        if (options.Symbols)
        {
            SymbolRule.Apply(buffer);
        }
        if (options.Quotes)
        {
            QuoteRule.Apply(buffer, english);
        }
        DashRule.Apply(buffer, options);
        if (options.NonBreakingSpaces)
        {
            NonBreakingSpaceRule.Apply(buffer, english);
        }
        if (options.ThousandsSeparators)
        {
            ThousandsRule.Apply(buffer);
        }
    }

    private static void Flatten(IReadOnlyList<Inline> inlines, TextBuffer buffer, ref int runs, bool insideLink)
    {
        foreach (var inline in inlines)
        {
            switch (inline)
            {
                case TextRun run:
                    buffer.Append(run.Text, runs++, insideLink && Url().IsMatch(run.Text));
                    break;
                case Strong strong:
                    Flatten(strong.Content, buffer, ref runs, insideLink);
                    break;
                case Emphasis emphasis:
                    Flatten(emphasis.Content, buffer, ref runs, insideLink);
                    break;
                case Link link:
                    Flatten(link.Content, buffer, ref runs, insideLink: true);
                    break;
                case LineBreak:
                    buffer.Append("\n", -1, isLocked: true);
                    break;
                default:
                    buffer.Append(FootnotePlaceholder.ToString(), -1, isLocked: true);
                    break;
            }
        }
    }

    private static List<Inline> Rebuild(IReadOnlyList<Inline> inlines, string[] texts, ref int index)
    {
        var result = new List<Inline>(inlines.Count);
        foreach (var inline in inlines)
        {
            switch (inline)
            {
                case TextRun:
                    result.Add(new TextRun(texts[index++]));
                    break;
                case Strong strong:
                    result.Add(new Strong(Rebuild(strong.Content, texts, ref index)));
                    break;
                case Emphasis emphasis:
                    result.Add(new Emphasis(Rebuild(emphasis.Content, texts, ref index)));
                    break;
                case Link link:
                    result.Add(link with { Content = Rebuild(link.Content, texts, ref index) });
                    break;
                default:
                    result.Add(inline);
                    break;
            }
        }
        return result;
    }

    [GeneratedRegex(@"(?:https?|ftp)://\S+|www\.\S+|mailto:\S+|(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+", RegexOptions.IgnoreCase)]
    private static partial Regex Url();
}
