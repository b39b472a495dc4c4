namespace Csto.Reporting.Documents;

/// <summary>
/// A block of the document tree: a heading, a paragraph, a list, a table and so on.
/// Blocks are immutable; renderers dispatch on the concrete type.
/// </summary>
public abstract record Block;
