namespace Csto.Reporting.Documents;

/// <summary>
/// Plain text. Non-breaking spaces (U+00A0), narrow non-breaking spaces (U+202F) and soft hyphens (U+00AD) in
/// <see cref="Text"/> are meaningful to the renderers: a line never breaks at the former two.
/// </summary>
/// <param name="Text">The text, already processed by the typography pass when the document went through it.</param>
public sealed record TextRun(string Text) : Inline
{
    /// <summary>The text.</summary>
    public string Text { get; init; } = Text ?? throw new ArgumentNullException(nameof(Text));
}
