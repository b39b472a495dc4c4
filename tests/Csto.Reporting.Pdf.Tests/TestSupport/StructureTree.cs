using System.Runtime.CompilerServices;
using Csto.Reporting.Pdf.Frames;

namespace Csto.Reporting.Pdf.Tests.TestSupport;

/// <summary>
/// The structure tree as a writer sees it, read back from frames: every node that marks content and its ancestors,
/// each node's children in the order of their <see cref="StructureNode.Ordinal"/>. Nodes link only to their parent,
/// so tests register the frames of a pass (<see cref="Of"/>) and then walk the tree with the extension methods.
/// </summary>
internal static class StructureTree
{
    private static readonly ConditionalWeakTable<StructureNode, Dictionary<StructureNode, List<StructureNode>>> Trees = [];

    /// <summary>Reads the tree of the frames' nodes and returns its root.</summary>
    public static StructureNode Of(IEnumerable<PageFrame> frames)
    {
        var children = new Dictionary<StructureNode, List<StructureNode>>(ReferenceEqualityComparer.Instance);
        StructureNode? root = null;
        foreach (var item in frames.SelectMany(f => f.AllItems()))
        {
            for (var node = item.Mark.Node; node?.Parent is { } parent; node = parent)
            {
                if (!children.TryGetValue(parent, out var siblings))
                {
                    children.Add(parent, siblings = []);
                }
                if (siblings.Contains(node))
                {
                    break;
                }
                siblings.Add(node);
            }
            root ??= item.Mark.Node?.Root;
        }
        root.Should().NotBeNull("the frames mark some content");
        foreach (var siblings in children.Values)
        {
            siblings.Sort((a, b) => a.Ordinal.CompareTo(b.Ordinal));
        }
        Trees.AddOrUpdate(root!, children);
        return root!;
    }

    /// <summary>The children of <paramref name="node"/> in reading order.</summary>
    public static IReadOnlyList<StructureNode> Children(this StructureNode node) =>
        Trees.TryGetValue(node.Root, out var tree)
            ? tree.GetValueOrDefault(node) ?? []
            : throw new InvalidOperationException("The node's tree was not read from frames (StructureTree.Of).");

    /// <summary>The node and its descendants in reading order.</summary>
    public static IEnumerable<StructureNode> DescendantsAndSelf(this StructureNode node) =>
        node.Children().SelectMany(DescendantsAndSelf).Prepend(node);
}
