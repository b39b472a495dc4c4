using Csto.Reporting.Diagnostics;
using Csto.Reporting.Documents;
using Csto.Reporting.Documents.Builder;
using Markdig.Syntax;

namespace Csto.Reporting.Markdown.Conversion;

/// <summary>
/// State of one reading: where the Markdown sits in its file, the problems found so far, and the heading anchors
/// and numbers given out.
/// </summary>
internal sealed class ReaderContext(MarkdownReadOptions options, DocumentMetadata metadata, int firstLine, bool numberHeadings)
{
    private readonly HeadingAnchors anchors = new();
    private readonly HeadingNumbering numbering = new();

    /// <summary>The reading options.</summary>
    public MarkdownReadOptions Options { get; } = options;

    /// <summary>The document's metadata (its language decides defaults).</summary>
    public DocumentMetadata Metadata { get; } = metadata;

    /// <summary>Every problem found, in the order found (the exception sorts them by position).</summary>
    public List<InputProblem> Problems { get; } = [];

    /// <summary>The default title of a table of contents.</summary>
    public string TableOfContentsTitle =>
        Options.TableOfContentsTitle ?? (Metadata.IsEnglish ? "Contents" : "Содержание");

    /// <summary>Records a problem at the position of a Markdig node.</summary>
    public void Problem(MarkdownObject at, string message) => Problem(at.Line, at.Column, message);

    /// <summary>Records a problem at a 0-based line and column of the Markdown body, as Markdig counts them.</summary>
    public void Problem(int line, int column, string message) =>
        Problems.Add(new InputProblem(Options.SourceName, message) { Line = firstLine + line, Column = column + 1 });

    /// <summary>The file position of every block read, for the problems found when the document is rendered.</summary>
    public BlockPositions Positions { get; } = new();

    /// <summary>The file line of a Markdig node.</summary>
    public int FileLine(MarkdownObject at) => firstLine + at.Line;

    /// <summary>The text of a printed value; reports a token of no value (a reserved character in the Markdown).</summary>
    public string LiteralValue(Literals.LiteralValueInline value)
    {
        if (value.Index < Options.LiteralValues.Count)
        {
            var text = Options.LiteralValues[value.Index];
            foreach (var problem in Inputs.InputText.Problems(text, Options.SourceName))
            {
                Problem(value, $"A printed value (line {problem.Line}, character {problem.Column} of the value): {problem.Message}");
            }
            return text;
        }
        Problem(value, "Reserved characters U+FDD0–U+FDEF (Unicode noncharacters) cannot be used in text.");
        return string.Empty;
    }

    /// <summary>Raw text of the Markdown (code, a link target, an image path) with printed values written in place.</summary>
    public string Expand(string text) => Literals.LiteralToken.Expand(text, Options.LiteralValues);

    private readonly HashSet<string> givenAnchors = new(StringComparer.Ordinal);
    private readonly List<(MarkdownObject At, string Anchor)> anchorLinks = [];

    /// <summary>Notes a link to <c>#anchor</c>, checked by <see cref="CheckAnchorLinks"/> once every heading is read.</summary>
    public void LinkToAnchor(MarkdownObject at, string anchor) => anchorLinks.Add((at, anchor));

    /// <summary>Reports every link to an anchor that no heading has.</summary>
    public void CheckAnchorLinks()
    {
        foreach (var (at, anchor) in anchorLinks.Where(l => !givenAnchors.Contains(l.Anchor)))
        {
            Problem(at, $"No heading has the id '{anchor}' this link leads to; give a heading {{#{anchor}}} or fix the link.");
        }
    }

    /// <summary>Keeps the explicit heading ids of the whole document out of the automatic anchors.</summary>
    public void ReserveAnchors(IEnumerable<string> ids) => anchors.Reserve(ids.Where(HeadingAnchors.IsValid));

    /// <summary>The anchor of the next heading; reports a malformed or repeated explicit id.</summary>
    public string Anchor(MarkdownObject at, string? id)
    {
        if (id is not null && !HeadingAnchors.IsValid(id))
        {
            Problem(at, $"A heading id must be two or more ASCII letters, digits, '-' or '_'; got '{id}'.");
            id = null;
        }
        var anchor = anchors.Next(id, out var clash);
        givenAnchors.Add(anchor);
        if (clash != AnchorClash.None)
        {
            Problem(at, $"The heading id '{anchor}' is already used by an earlier heading; ids must be unique.");
        }
        return anchor;
    }

    /// <summary>The number of the next heading, or null when headings are not numbered or this one is exempt.</summary>
    public string? Number(int level, bool unnumbered) => numberHeadings && !unnumbered ? numbering.Next(level) : null;
}
