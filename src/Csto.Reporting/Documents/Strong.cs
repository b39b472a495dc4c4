namespace Csto.Reporting.Documents;

/// <summary>Bold text.</summary>
/// <param name="Content">The inlines set in bold.</param>
public sealed record Strong(IReadOnlyList<Inline> Content) : Inline;
