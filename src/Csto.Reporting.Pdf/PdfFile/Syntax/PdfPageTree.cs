namespace Csto.Reporting.Pdf.PdfFile.Syntax;

/// <summary>Walks a page tree (ISO 32000-1 §7.7.3) from the catalog's /Pages, listing the page objects in document order.</summary>
internal static class PdfPageTree
{
    private const int MaxDepth = 256;

    /// <summary>The references of every page object, in document order.</summary>
    /// <exception cref="PdfFormatException">The page tree is missing, malformed or cyclic.</exception>
    public static IReadOnlyList<PdfReference> ReadPages(ReadOnlySpan<byte> pdf, PdfCrossReference xref, PdfDictionary catalog)
    {
        if (catalog["Pages"] is not PdfReference root)
        {
            throw new PdfFormatException("The document catalog has no /Pages reference.");
        }
        var pages = new List<PdfReference>();
        var visited = new HashSet<int>();
        // Depth-first with an explicit stack of (node, depth), kids pushed in reverse so they pop in order.
        var pending = new Stack<(PdfReference Node, int Depth)>();
        pending.Push((root, 0));
        while (pending.Count > 0)
        {
            var (node, depth) = pending.Pop();
            if (!visited.Add(node.Number))
            {
                throw new PdfFormatException($"The page tree reaches object {node} twice; it must be a tree.");
            }
            if (xref.ReadObject(pdf, node) is not PdfDictionary dictionary)
            {
                throw new PdfFormatException($"Page tree node {node} is not a dictionary.");
            }
            var type = (dictionary["Type"] as PdfName)?.Value;
            var kids = dictionary["Kids"];
            if (type == "Page" || (type is null && kids is null))
            {
                pages.Add(node);
                continue;
            }
            if (depth >= MaxDepth)
            {
                throw new PdfFormatException($"The page tree is nested more than {MaxDepth} levels deep.");
            }
            if (kids is null || xref.Resolve(pdf, kids) is not PdfArray array)
            {
                throw new PdfFormatException($"Page tree node {node} has no /Kids array.");
            }
            for (var i = array.Items.Count - 1; i >= 0; i--)
            {
                if (array.Items[i] is not PdfReference kid)
                {
                    throw new PdfFormatException($"Page tree node {node} has a /Kids item that is not a reference.");
                }
                pending.Push((kid, depth + 1));
            }
        }
        return pages;
    }
}
