namespace Csto.Reporting.Markdown.Literals;

/// <summary>
/// Text of a printed value while a paragraph is being converted, kept apart from the template's own text so that
/// separators (<c> | </c> of signatures and place-and-date lines, caption prefixes, heading attributes) are looked
/// for in the template's text only. Never left in a document: <see cref="Conversion.InlineConverter"/> turns it into
/// a <see cref="Documents.TextRun"/>.
/// </summary>
/// <param name="Text">The value's text (no line ends: a line end of a value is a <see cref="Documents.LineBreak"/>).</param>
internal sealed record LiteralRun(string Text) : Documents.Inline;
