namespace Csto.Reporting.Documents;

/// <summary>
/// The table of contents: a title and the headings of the document up to <see cref="MaxLevel"/>, with page
/// numbers filled in by the renderer.
/// </summary>
/// <param name="Title">The title, such as «Содержание».</param>
/// <param name="MaxLevel">The deepest heading level listed, 1 to 4; 3 by default.</param>
public sealed record TableOfContents(string Title, int MaxLevel = 3) : Block
{
    /// <summary>The deepest heading level listed.</summary>
    public int MaxLevel { get; init; } = MaxLevel is >= 1 and <= 4
        ? MaxLevel
        : throw new ArgumentOutOfRangeException(nameof(MaxLevel), MaxLevel, "The table of contents level must be 1 to 4.");
}
