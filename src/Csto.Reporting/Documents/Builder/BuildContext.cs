namespace Csto.Reporting.Documents.Builder;

/// <summary>
/// State shared by all the builders of one document: heading anchors and numbers, and the footnotes as they are
/// added. Footnotes get provisional numbers in call order; <see cref="DocumentBuilder.Build"/> renumbers them in
/// order of first reference in the finished tree.
/// </summary>
internal sealed class BuildContext(bool numberHeadings)
{
    private readonly HeadingAnchors anchors = new();
    private readonly HeadingNumbering numbering = new();
    private readonly Dictionary<string, int> keyedFootnotes = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Heading> automaticHeadings = new(StringComparer.Ordinal);
    private readonly Dictionary<Heading, string> renamed = new(ReferenceEqualityComparer.Instance);

    /// <summary>
    /// Headings whose automatic anchor an explicit id of a later heading took, with their new anchors (by reference);
    /// <see cref="DocumentBuilder.Build"/> rewrites them.
    /// </summary>
    public IReadOnlyDictionary<Heading, string> RenamedAnchors => renamed;

    /// <summary>Whether numbered headings get «1.», «1.1.» numbers.</summary>
    public bool NumberHeadings { get; set; } = numberHeadings;

    /// <summary>The footnote contents in provisional order (index = provisional number − 1).</summary>
    public List<IReadOnlyList<Block>> Footnotes { get; } = [];

    /// <summary>Creates a heading with its anchor and number.</summary>
    public Heading Heading(int level, IReadOnlyList<Inline> content, string? id, bool numbered, bool inTableOfContents)
    {
        if (level is < 1 or > 4)
        {
            throw new ArgumentOutOfRangeException(nameof(level), level, "A heading level must be 1 to 4.");
        }
        if (id is not null && !HeadingAnchors.IsValid(id))
        {
            throw new ArgumentException($"A heading id must be two or more ASCII letters, digits, '-' or '_'; got '{id}'.", nameof(id));
        }
        var anchor = anchors.Next(id, out var clash);
        if (clash == AnchorClash.Explicit)
        {
            throw new ArgumentException($"The heading anchor '{anchor}' is already used by another heading; give this heading a different id.", nameof(id));
        }
        if (clash == AnchorClash.Automatic && automaticHeadings.Remove(anchor, out var displaced))
        {
            var replacement = anchors.Replacement(anchor);
            renamed[displaced] = replacement;
            automaticHeadings[replacement] = displaced;
        }
        var heading = new Heading(level, content, anchor)
        {
            Number = NumberHeadings && numbered ? numbering.Next(level) : null,
            InTableOfContents = inTableOfContents,
        };
        if (id is null)
        {
            automaticHeadings[anchor] = heading;
        }
        return heading;
    }

    /// <summary>Adds a footnote and returns its provisional number; a repeated key returns the first footnote's number.</summary>
    public int Footnote(string? key, Func<IReadOnlyList<Block>> content)
    {
        if (key is not null && keyedFootnotes.TryGetValue(key, out var existing))
        {
            return existing;
        }
        Footnotes.Add(content());
        var number = Footnotes.Count;
        if (key is not null)
        {
            keyedFootnotes[key] = number;
        }
        return number;
    }
}
