namespace Csto.Domain.Documents;

/// <summary>A titled section of a report: paragraphs and nested subsections.</summary>
public sealed record ReportSection
{
    /// <summary>Creates a section.</summary>
    /// <param name="title">The heading.</param>
    /// <param name="paragraphs">The paragraphs (plain text; Markdown inline syntax allowed).</param>
    /// <param name="subsections">Nested sections.</param>
    /// <exception cref="ArgumentException">The title is empty, or the section has neither paragraphs nor subsections.</exception>
    public ReportSection(string title, IReadOnlyList<string>? paragraphs = null, IReadOnlyList<ReportSection>? subsections = null)
    {
        Title = Guard.NotEmpty(title, nameof(title), "The title of a report section");
        Paragraphs = Guard.Texts(paragraphs, nameof(paragraphs));
        Subsections = Guard.List(subsections, nameof(subsections));
        if (Paragraphs.Count == 0 && Subsections.Count == 0)
        {
            throw new ArgumentException($"The section \"{title}\" needs paragraphs or subsections.", nameof(paragraphs));
        }
    }

    /// <summary>The heading.</summary>
    public string Title { get; }

    /// <summary>The paragraphs.</summary>
    public IReadOnlyList<string> Paragraphs { get; }

    /// <summary>Nested sections.</summary>
    public IReadOnlyList<ReportSection> Subsections { get; }
}
