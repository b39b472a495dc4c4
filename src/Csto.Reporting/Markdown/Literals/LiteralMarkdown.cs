namespace Csto.Reporting.Markdown.Literals;

/// <summary>
/// Markdown produced by a template: the template's own text with every printed value replaced by a
/// <see cref="LiteralToken"/>, and the values in token order. The reader turns each token back into plain text, so
/// a value is never read as Markdown.
/// </summary>
/// <param name="Text">The Markdown with tokens.</param>
/// <param name="Values">The printed values; token <c>n</c> stands for <c>Values[n]</c>.</param>
internal sealed record LiteralMarkdown(string Text, IReadOnlyList<string> Values)
{
    /// <summary>The Markdown with every value written in place, for reading by people (not for parsing).</summary>
    public string Expanded => LiteralToken.Expand(Text, Values);
}
