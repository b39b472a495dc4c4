using Csto.Reporting.Documents;
using Csto.Reporting.Documents.Builder;

namespace Csto.Reporting.Typography;

/// <summary>
/// Russian (and English) typography for the whole document tree: quotes, dashes, ranges, no-break spaces,
/// thousands separators, ellipsis. The runs of one paragraph are processed together, so a quote opened in bold
/// text and closed after it pairs correctly, yet every run keeps its own text. URLs are never changed.
/// Applying the pass twice gives the same result as applying it once. Inlines that the pass does not change keep
/// their identity, so an already typeset paragraph is not copied.
/// </summary>
/// <example><code>var typeset = Typographer.Apply(document, TypographyOptions.All);</code></example>
public static class Typographer
{
    /// <summary>
    /// Returns the document with every text run processed: paragraphs, headings, list items, table cells and
    /// captions, quotations, the title page, footnotes, signatories, the table of contents title and the metadata
    /// title, subject and author. The language comes from <see cref="DocumentMetadata.Language"/>. The metadata
    /// gets quotes and dashes but keeps ordinary spaces: file properties are read by search engines and document
    /// registries, not set in lines, and a no-break space there only stops a search for the title from matching.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="document"/> or <paramref name="options"/> is null.</exception>
    public static ReportDocument Apply(ReportDocument document, TypographyOptions options)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(options);
        var pass = new TypographyPass(document.Metadata.IsEnglish, options);
        var rewriter = new InlineTreeRewriter(pass.Apply, pass.Apply);
        var metadata = document.Metadata with
        {
            Title = PlainSpaces(pass.Apply(document.Metadata.Title)),
            Subject = document.Metadata.Subject is { } subject ? PlainSpaces(pass.Apply(subject)) : null,
            Author = document.Metadata.Author is { } author ? PlainSpaces(pass.Apply(author)) : null,
        };
        return rewriter.Rewrite(document) with { Metadata = metadata };
    }

    private static string PlainSpaces(string text) => text.Replace('\u00A0', ' ').Replace('\u202F', ' ');

    /// <summary>Processes one string, such as a title or a cell text.</summary>
    /// <param name="text">The text.</param>
    /// <param name="language">A BCP 47 tag; tags starting with <c>en</c> get English rules, others Russian.</param>
    /// <param name="options">The rules to apply.</param>
    /// <exception cref="ArgumentNullException"><paramref name="text"/>, <paramref name="language"/> or <paramref name="options"/> is null.</exception>
    public static string ApplyToText(string text, string language, TypographyOptions options)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(language);
        ArgumentNullException.ThrowIfNull(options);
        return Apply(text, language.StartsWith("en", StringComparison.OrdinalIgnoreCase), options);
    }

    /// <summary>
    /// Processes the inlines of one paragraph together; returns the same structure with new texts. Runs and
    /// containers whose text does not change are returned as they were, and so is the list itself when nothing changes.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="inlines"/>, <paramref name="language"/> or <paramref name="options"/> is null.</exception>
    public static IReadOnlyList<Inline> ApplyToInlines(IReadOnlyList<Inline> inlines, string language, TypographyOptions options)
    {
        ArgumentNullException.ThrowIfNull(inlines);
        ArgumentNullException.ThrowIfNull(language);
        ArgumentNullException.ThrowIfNull(options);
        return ApplyToInlines(inlines, language.StartsWith("en", StringComparison.OrdinalIgnoreCase), options);
    }

    private static string Apply(string text, bool english, TypographyOptions options) =>
        new TypographyPass(english, options).Apply(text);

    private static IReadOnlyList<Inline> ApplyToInlines(IReadOnlyList<Inline> inlines, bool english, TypographyOptions options) =>
        new TypographyPass(english, options).Apply(inlines);
}
