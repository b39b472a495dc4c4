namespace Csto.Reporting.Documents;

/// <summary>Italic text.</summary>
/// <param name="Content">The inlines set in italics.</param>
public sealed record Emphasis(IReadOnlyList<Inline> Content) : Inline;
