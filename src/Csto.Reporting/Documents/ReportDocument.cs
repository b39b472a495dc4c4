namespace Csto.Reporting.Documents;

/// <summary>
/// The root of the document tree: metadata, sections of blocks and the footnotes. The tree knows nothing of
/// the domain model or of any output format; renderers read it together with a theme.
/// </summary>
public sealed record ReportDocument
{
    /// <summary>Creates a document.</summary>
    /// <param name="metadata">Title, author, language, date.</param>
    /// <param name="sections">At least one section.</param>
    /// <param name="footnotes">The footnotes, numbered 1, 2, 3… in this order.</param>
    /// <exception cref="ArgumentException">
    /// There is no section, two headings have the same anchor, or the footnotes are not numbered 1…n in order.
    /// </exception>
    public ReportDocument(DocumentMetadata metadata, IReadOnlyList<Section> sections, IReadOnlyList<Footnote>? footnotes = null)
    {
        Metadata = metadata;
        Sections = sections;
        Footnotes = footnotes ?? [];
    }

    private readonly DocumentMetadata metadata = null!;
    private readonly IReadOnlyList<Section> sections = null!;
    private readonly IReadOnlyList<Footnote> footnotes = null!;

    /// <summary>Title, author, language, date.</summary>
    public DocumentMetadata Metadata
    {
        get => metadata;
        init => metadata = value ?? throw new ArgumentNullException(nameof(Metadata));
    }

    /// <summary>The sections, in order; at least one, with no two headings sharing an anchor.</summary>
    /// <exception cref="ArgumentException">There is no section, or two headings have the same anchor.</exception>
    public IReadOnlyList<Section> Sections
    {
        get => sections;
        init
        {
            var copy = TreeList.Freeze(value, nameof(Sections));
            if (copy.Count == 0)
            {
                throw new ArgumentException("A document needs at least one section.", nameof(Sections));
            }
            CheckAnchors(copy, nameof(Sections));
            sections = copy;
        }
    }

    /// <summary>The footnotes; footnote n is at index n − 1.</summary>
    /// <exception cref="ArgumentException">The footnotes are not numbered 1…n in order.</exception>
    public IReadOnlyList<Footnote> Footnotes
    {
        get => footnotes;
        init
        {
            var copy = TreeList.Freeze(value, nameof(Footnotes));
            for (var i = 0; i < copy.Count; i++)
            {
                if (copy[i].Number != i + 1)
                {
                    throw new ArgumentException($"Footnote at position {i} has number {copy[i].Number}; expected {i + 1}.", nameof(Footnotes));
                }
            }
            footnotes = copy;
        }
    }

    /// <summary>The name of the theme the template asked for; null for the renderer's default.</summary>
    public string? ThemeName { get; init; }

    /// <summary>The input the tree was read from, for the positions of problems found when it is rendered; null for a tree built in code.</summary>
    internal Inputs.DocumentSource? Source { get; init; }

    /// <summary>Where the blocks stand in the input they were read from (Markdown); null for a tree built in code.</summary>
    internal BlockPositions? Positions { get; init; }

    /// <summary>
    /// The 1-based line and column of <paramref name="block"/> in the text the author wrote, for a problem found when
    /// the document is rendered; null for a block built in code or read from Markdown a template generated.
    /// </summary>
    internal (int Line, int Column)? PositionOf(Block block) => Source is { AuthorsText: true } ? Positions?.Of(block) : null;

    /// <summary>Every heading of the document, in order, including those nested in lists, quotes or cells.</summary>
    public IEnumerable<Heading> Headings() =>
        Sections.SelectMany(s => s.Blocks).SelectMany(DocumentWalker.DescendantsAndSelf).OfType<Heading>();

    private static void CheckAnchors(IReadOnlyList<Section> sections, string parameterName)
    {
        var seen = new Dictionary<string, Heading>(StringComparer.Ordinal);
        foreach (var heading in sections.SelectMany(s => s.Blocks).SelectMany(DocumentWalker.DescendantsAndSelf).OfType<Heading>())
        {
            if (!seen.TryAdd(heading.Anchor, heading))
            {
                throw new ArgumentException(
                    $"The anchor '{heading.Anchor}' is used by two headings, «{Text(seen[heading.Anchor])}» and «{Text(heading)}»; anchors must be unique.",
                    parameterName);
            }
        }
    }

    private static string Text(Heading heading) =>
        heading.Number is null ? DocumentWalker.PlainText(heading.Content) : heading.Number + " " + DocumentWalker.PlainText(heading.Content);
}
