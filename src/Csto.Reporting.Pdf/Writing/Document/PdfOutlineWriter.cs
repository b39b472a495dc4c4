using Csto.Reporting.Pdf.Writing.Syntax;

namespace Csto.Reporting.Pdf.Writing.Document;

/// <summary>
/// Writes a document outline (ISO 32000-1 §12.3.3) from a flat list of bookmarks in document order, nested by
/// level: the outline dictionary and one item per entry, each linked to its parent and siblings, leading to an
/// /XYZ destination on its page. Top-level items are open (their children shown), deeper ones closed.
/// </summary>
internal static class PdfOutlineWriter
{
    /// <summary>Writes the outline and returns the outline dictionary's object, or null when there are no entries.</summary>
    /// <param name="writer">The file.</param>
    /// <param name="entries">The bookmarks in document order (preorder of the tree).</param>
    /// <param name="pages">The page objects, by index.</param>
    /// <exception cref="ArgumentException">An entry leads to a page that does not exist.</exception>
    public static PdfReference? Write(PdfFileWriter writer, IReadOnlyList<PdfOutlineItem> entries, IReadOnlyList<PdfReference> pages)
    {
        if (entries.Count == 0)
        {
            return null;
        }
        var count = entries.Count;
        var parent = new int[count];
        var depth = new int[count];
        var children = new List<int>[count + 1];
        for (var i = 0; i <= count; i++)
        {
            children[i] = [];
        }
        var ancestors = new Stack<int>();
        for (var i = 0; i < count; i++)
        {
            if (entries[i].PageIndex >= pages.Count)
            {
                throw new ArgumentException($"The bookmark '{entries[i].Title}' leads to page {entries[i].PageIndex + 1} of {pages.Count}.", nameof(entries));
            }
            while (ancestors.Count > 0 && entries[ancestors.Peek()].Level >= entries[i].Level)
            {
                ancestors.Pop();
            }
            parent[i] = ancestors.Count > 0 ? ancestors.Peek() : -1;
            depth[i] = ancestors.Count + 1;
            children[parent[i] < 0 ? count : parent[i]].Add(i);
            ancestors.Push(i);
        }
        var visible = new int[count];
        for (var i = count - 1; i >= 0; i--)
        {
            visible[i] = children[i].Sum(child => 1 + (depth[child] == 1 ? visible[child] : 0));
        }
        var root = writer.Allocate();
        var items = Enumerable.Range(0, count).Select(_ => writer.Allocate()).ToArray();
        var top = children[count];
        writer.WriteObject(root, output => output.Raw("<<").Key("Type").Name("Outlines")
            .Key("First").Reference(items[top[0]]).Key("Last").Reference(items[top[^1]])
            .Key("Count").Integer(top.Sum(item => 1 + visible[item])).Raw(">>"));
        for (var i = 0; i < count; i++)
        {
            var index = i;
            var siblings = children[parent[i] < 0 ? count : parent[i]];
            var position = siblings.IndexOf(i);
            writer.WriteObject(items[i], output =>
            {
                output.Raw("<<").Key("Title").TextString(entries[index].Title)
                    .Key("Parent").Reference(parent[index] < 0 ? root : items[parent[index]]);
                if (position > 0)
                {
                    output.Key("Prev").Reference(items[siblings[position - 1]]);
                }
                if (position < siblings.Count - 1)
                {
                    output.Key("Next").Reference(items[siblings[position + 1]]);
                }
                if (children[index].Count > 0)
                {
                    output.Key("First").Reference(items[children[index][0]]).Key("Last").Reference(items[children[index][^1]])
                        .Key("Count").Integer(depth[index] == 1 ? visible[index] : -visible[index]);
                }
                output.Key("Dest").Raw("[").Reference(pages[entries[index].PageIndex]).Name("XYZ").Integer(0)
                    .Real(entries[index].Top, 2).Operator("null]").Raw(">>");
            });
        }
        return root;
    }
}
