namespace Csto.Reporting.Documents;

/// <summary>
/// A heading of level 1 to 4. A numbered heading carries its number as text (<c>«1.2.»</c>) so that every
/// renderer shows the same number; the DOCX renderer also turns it into real multilevel numbering.
/// </summary>
public sealed record Heading : Block
{
    /// <summary>Creates a heading.</summary>
    /// <param name="level">1 to 4.</param>
    /// <param name="content">The heading text.</param>
    /// <param name="anchor">A document-unique id used by the table of contents, links and bookmarks: two or more ASCII letters, digits, '-' or '_'.</param>
    /// <exception cref="ArgumentOutOfRangeException">The level is not 1 to 4.</exception>
    /// <exception cref="ArgumentException">The anchor is shorter than two characters or has characters other than ASCII letters, digits, '-' and '_'.</exception>
    public Heading(int level, IReadOnlyList<Inline> content, string anchor)
    {
        if (level is < 1 or > 4)
        {
            throw new ArgumentOutOfRangeException(nameof(level), level, "A heading level must be 1 to 4.");
        }
        if (anchor is null || anchor.Length < 2 || !anchor.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_'))
        {
            throw new ArgumentException($"A heading anchor must be two or more ASCII letters, digits, '-' or '_'; got '{anchor}'.", nameof(anchor));
        }
        Level = level;
        Content = content ?? throw new ArgumentNullException(nameof(content));
        Anchor = anchor;
    }

    /// <summary>1 to 4.</summary>
    public int Level { get; }

    /// <summary>The heading text (without its number).</summary>
    public IReadOnlyList<Inline> Content { get; }

    /// <summary>The document-unique id used by the table of contents, internal links and bookmarks.</summary>
    public string Anchor { get; }

    /// <summary>The number as shown, such as <c>«1.2.»</c>; null for an unnumbered heading.</summary>
    public string? Number { get; init; }

    /// <summary>Whether the table of contents lists this heading; true by default.</summary>
    public bool InTableOfContents { get; init; } = true;
}
