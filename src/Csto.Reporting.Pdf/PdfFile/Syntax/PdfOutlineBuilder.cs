namespace Csto.Reporting.Pdf.PdfFile.Syntax;

/// <summary>
/// Builds the objects of a document outline (ISO 32000-1 §12.3.3) from a flat list of entries: the outline
/// dictionary and one item per entry, numbered consecutively from a first free object number.
/// Items at the top of the tree are open (their children are shown); deeper items are closed.
/// </summary>
internal static class PdfOutlineBuilder
{
    /// <summary>
    /// Returns the outline dictionary (numbered <paramref name="firstNumber"/>) followed by the items
    /// (numbered <paramref name="firstNumber"/> + 1 + entry index), each with its reference.
    /// </summary>
    public static IReadOnlyList<(PdfReference Reference, PdfDictionary Value)> Build(
        IReadOnlyList<PdfOutlineEntry> entries, IReadOnlyList<PdfReference> pages, int firstNumber)
    {
        var count = entries.Count;
        var parent = new int[count];      // index of the parent item, -1 for the outline dictionary
        var depth = new int[count];       // 1 for top-level items
        var position = new int[count];    // index among the siblings
        var children = new List<int>[count + 1]; // [count] holds the top-level items
        for (var i = 0; i <= count; i++)
        {
            children[i] = [];
        }

        // The entries are in document order, which is the preorder of the tree: a stack of open ancestors suffices.
        var ancestors = new Stack<int>();
        for (var i = 0; i < count; i++)
        {
            while (ancestors.Count > 0 && entries[ancestors.Peek()].Level >= entries[i].Level)
            {
                ancestors.Pop();
            }
            parent[i] = ancestors.Count > 0 ? ancestors.Peek() : -1;
            depth[i] = ancestors.Count + 1;
            var siblings = children[parent[i] < 0 ? count : parent[i]];
            position[i] = siblings.Count;
            siblings.Add(i);
            ancestors.Push(i);
        }

        // Descendants visible when an item is open; children follow their parent, so fill from the end.
        var visible = new int[count];
        for (var i = count - 1; i >= 0; i--)
        {
            visible[i] = children[i].Sum(c => 1 + (IsOpen(depth[c]) ? visible[c] : 0));
        }

        PdfReference Ref(int index) => new(index < 0 ? firstNumber : firstNumber + 1 + index, 0);

        var objects = new List<(PdfReference, PdfDictionary)>(count + 1);
        var top = children[count];
        var rootEntries = new List<KeyValuePair<string, PdfObject>> { new("Type", new PdfName("Outlines")) };
        if (top.Count > 0)
        {
            rootEntries.Add(new("First", Ref(top[0])));
            rootEntries.Add(new("Last", Ref(top[^1])));
            rootEntries.Add(new("Count", PdfObjectWriter.Number(top.Sum(c => 1 + (IsOpen(depth[c]) ? visible[c] : 0)))));
        }
        objects.Add((Ref(-1), new PdfDictionary(rootEntries)));

        for (var i = 0; i < count; i++)
        {
            var siblings = children[parent[i] < 0 ? count : parent[i]];
            var item = new List<KeyValuePair<string, PdfObject>>
            {
                new("Title", PdfObjectWriter.TextString(entries[i].Title)),
                new("Parent", Ref(parent[i])),
            };
            if (position[i] > 0)
            {
                item.Add(new("Prev", Ref(siblings[position[i] - 1])));
            }
            if (position[i] < siblings.Count - 1)
            {
                item.Add(new("Next", Ref(siblings[position[i] + 1])));
            }
            if (children[i].Count > 0)
            {
                item.Add(new("First", Ref(children[i][0])));
                item.Add(new("Last", Ref(children[i][^1])));
                item.Add(new("Count", PdfObjectWriter.Number(IsOpen(depth[i]) ? visible[i] : -visible[i])));
            }
            item.Add(new("Dest", new PdfArray(
            [
                pages[entries[i].PageIndex],
                new PdfName("XYZ"),
                PdfObjectWriter.Number(0L),
                PdfObjectWriter.Number(entries[i].Top),
                PdfNull.Instance,
            ])));
            objects.Add((Ref(i), new PdfDictionary(item)));
        }
        return objects;
    }

    /// <summary>Top-level items are open, deeper ones closed.</summary>
    private static bool IsOpen(int depth) => depth == 1;
}
