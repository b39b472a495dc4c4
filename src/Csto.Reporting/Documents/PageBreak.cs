namespace Csto.Reporting.Documents;

/// <summary>Starts a new page.</summary>
public sealed record PageBreak : Block
{
    /// <summary>The one instance; a page break carries no data.</summary>
    public static PageBreak Instance { get; } = new();
}
