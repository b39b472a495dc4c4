namespace Csto.Reporting.Documents;

/// <summary>
/// Where the blocks of a document stand in the input they were read from (1-based line and column), by block
/// instance: kept beside the tree rather than in the blocks, so a block read from Markdown equals the same block built
/// in code. Filled by the Markdown reader; a tree rewritten into new instances gets a new map with the positions carried
/// over. Written only while the tree is built.
/// </summary>
internal sealed class BlockPositions
{
    private readonly Dictionary<Block, (int Line, int Column)> positions = new(ReferenceEqualityComparer.Instance);

    /// <summary>Notes the position of <paramref name="block"/>.</summary>
    public void Add(Block block, int line, int column) => positions[block] = (line, column);

    /// <summary>Gives <paramref name="to"/>, a copy of <paramref name="from"/> that replaces it, the original's position.</summary>
    public void Move(Block from, Block to)
    {
        if (!ReferenceEquals(from, to) && positions.Remove(from, out var at))
        {
            positions[to] = at;
        }
    }

    /// <summary>The position of <paramref name="block"/>; null for a block that was not read from the input.</summary>
    public (int Line, int Column)? Of(Block block) => positions.TryGetValue(block, out var at) ? at : null;
}
