namespace Csto.Reporting.Documents.Builder;

/// <summary>Builds the blocks of a list item, a table cell, a quotation or a part of the title page.</summary>
public sealed class BlocksBuilder : BlockContainerBuilder<BlocksBuilder>
{
    internal BlocksBuilder(BuildContext context)
        : base(context)
    {
    }

    internal static IReadOnlyList<Block> Build(BuildContext context, Action<BlocksBuilder> content)
    {
        var builder = new BlocksBuilder(context);
        content(builder);
        return builder.BuildBlocks();
    }
}
