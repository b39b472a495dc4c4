namespace Csto.Reporting.Documents;

/// <summary>
/// A piece of running text inside a paragraph, heading, list item or cell: plain text, emphasis, a link,
/// a footnote reference or a line break. Inlines are immutable.
/// </summary>
public abstract record Inline;
