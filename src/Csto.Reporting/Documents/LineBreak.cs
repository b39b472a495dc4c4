namespace Csto.Reporting.Documents;

/// <summary>A forced line break inside a paragraph (the line before it is not justified).</summary>
public sealed record LineBreak : Inline
{
    /// <summary>The one instance; a line break carries no data.</summary>
    public static LineBreak Instance { get; } = new();
}
