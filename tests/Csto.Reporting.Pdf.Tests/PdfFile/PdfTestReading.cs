using System.Text;
using Csto.Reporting.Pdf.PdfFile;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Outline;
using UglyToad.PdfPig.Tokens;

namespace Csto.Reporting.Pdf.Tests.PdfFile;

/// <summary>Applies updates and reads results back through PdfPig.</summary>
internal static class PdfTestReading
{
    public static byte[] Apply(byte[] pdf, PdfCatalogAdditions additions)
    {
        using var output = new MemoryStream();
        PdfIncrementalUpdater.Apply(pdf, additions, output);
        return output.ToArray();
    }

    public static IReadOnlyList<BookmarkNode> Bookmarks(byte[] pdf)
    {
        using var document = PdfDocument.Open(pdf);
        document.TryGetBookmarks(out var bookmarks).Should().BeTrue("the updated file must have an outline");
        return bookmarks!.Roots;
    }

    /// <summary>The catalog entry <paramref name="key"/> with references resolved, or null.</summary>
    public static IToken? CatalogEntry(byte[] pdf, string key)
    {
        using var document = PdfDocument.Open(pdf);
        var catalog = document.Structure.Catalog.CatalogDictionary;
        return catalog.Data.TryGetValue(key, out var token) ? Resolve(document, token) : null;
    }

    /// <summary>A string token's text (literal or hexadecimal string).</summary>
    public static string? TextOf(IToken? token) => token switch
    {
        StringToken s => s.Data,
        HexToken h => h.Data,
        _ => null,
    };

    /// <summary>The /Count of the outline dictionary and of each item, in preorder, as written.</summary>
    public static IReadOnlyList<(string Title, int? Count)> OutlineCounts(byte[] pdf)
    {
        using var document = PdfDocument.Open(pdf);
        var result = new List<(string, int?)>();
        var outlines = (DictionaryToken)Resolve(document, document.Structure.Catalog.CatalogDictionary.Data["Outlines"]);
        result.Add(("(outline)", Count(outlines)));
        Walk(document, outlines, result);
        return result;
    }

    public static int CountOccurrences(byte[] bytes, string ascii)
    {
        var needle = Encoding.ASCII.GetBytes(ascii);
        var count = 0;
        var span = bytes.AsSpan();
        int index;
        while ((index = span.IndexOf(needle)) >= 0)
        {
            count++;
            span = span[(index + needle.Length)..];
        }
        return count;
    }

    private static void Walk(PdfDocument document, DictionaryToken parent, List<(string, int?)> result)
    {
        if (!parent.Data.TryGetValue("First", out var first))
        {
            return;
        }
        var item = (DictionaryToken)Resolve(document, first);
        while (true)
        {
            result.Add((TextOf(item.Data["Title"]) ?? string.Empty, Count(item)));
            Walk(document, item, result);
            if (!item.Data.TryGetValue("Next", out var next))
            {
                return;
            }
            item = (DictionaryToken)Resolve(document, next);
        }
    }

    private static int? Count(DictionaryToken dictionary) =>
        dictionary.Data.TryGetValue("Count", out var count) ? ((NumericToken)count).Int : null;

    private static IToken Resolve(PdfDocument document, IToken token) =>
        token is IndirectReferenceToken reference ? document.Structure.GetObject(reference.Data).Data : token;
}
