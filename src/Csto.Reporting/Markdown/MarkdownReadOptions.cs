using Csto.Reporting.Documents;

namespace Csto.Reporting.Markdown;

/// <summary>How <see cref="MarkdownDocumentReader"/> reads a piece of Markdown.</summary>
public sealed record MarkdownReadOptions
{
    /// <summary>The file or template name used in error messages, e.g. <c>reports/q4.md</c> or <c>template:statement</c>.</summary>
    public string SourceName { get; init; } = "markdown";

    private readonly int firstLineNumber = 1;

    /// <summary>
    /// The 1-based line of the original file on which this Markdown starts (after a template's own front matter,
    /// for example), so that errors point at real lines; 1 by default.
    /// </summary>
    public int FirstLineNumber
    {
        get => firstLineNumber;
        init => firstLineNumber = value >= 1
            ? value
            : throw new ArgumentOutOfRangeException(nameof(FirstLineNumber), value, "The first line number must be 1 or more.");
    }

    /// <summary>
    /// The metadata of the document. When null, it is built from the Markdown's YAML front matter, which must then
    /// be present and have a <c>title</c>.
    /// </summary>
    public DocumentMetadata? Metadata { get; init; }

    /// <summary>Whether headings of levels 1–3 get numbers «1.», «1.1.», «1.1.1.» (also switched on by <c>numbered: true</c> in front matter).</summary>
    public bool NumberHeadings { get; init; }

    /// <summary>
    /// Resolves the path of an image (<c>![alt](path)</c>) to its PNG or JPEG bytes; may throw (the message is
    /// reported with the image's line). When null, any image is an error.
    /// </summary>
    public Func<string, ReadOnlyMemory<byte>>? ImageLoader { get; init; }

    /// <summary>
    /// The title of a table of contents that does not give its own; null for «Содержание», or «Contents» when the
    /// document's language is English.
    /// </summary>
    public string? TableOfContentsTitle { get; init; }

    /// <summary>
    /// The values a template printed, which the Markdown holds as <see cref="Literals.LiteralToken"/>s and which are read
    /// back as plain text; empty for Markdown that no template produced.
    /// </summary>
    internal IReadOnlyList<string> LiteralValues { get; init; } = [];
}
