using Csto.Reporting.Pdf.Writing.Syntax;

namespace Csto.Reporting.Pdf.Writing.Document;

/// <summary>
/// Writes a name tree (ISO 32000-1 §7.9.6) as one root node whose /Names holds every key sorted by the bytes of the
/// string, as the format requires. Keys are text strings encoded as <see cref="PdfOutput.TextString"/> does — the
/// encoding a GoTo action's destination name uses too, so the two match byte for byte.
/// </summary>
internal static class PdfNameTree
{
    /// <summary>Writes <c>&lt;&lt;/Names [key value …]&gt;&gt;</c>.</summary>
    /// <exception cref="ArgumentException">Two entries have the same key.</exception>
    public static void Write<T>(PdfOutput output, IEnumerable<KeyValuePair<string, T>> entries, Action<PdfOutput, T> value)
    {
        var sorted = entries
            .Select(entry => (Key: entry.Key, Bytes: PdfOutput.TextStringBytes(entry.Key), entry.Value))
            .OrderBy(entry => entry.Bytes, ByteOrder.Instance)
            .ToList();
        output.Raw("<<").Key("Names").Raw("[");
        for (var i = 0; i < sorted.Count; i++)
        {
            if (i > 0 && sorted[i].Bytes.AsSpan().SequenceEqual(sorted[i - 1].Bytes))
            {
                throw new ArgumentException($"The name '{sorted[i].Key}' is defined twice.", nameof(entries));
            }
            output.TextString(sorted[i].Key);
            value(output, sorted[i].Value);
        }
        output.Raw("]>>");
    }

    private sealed class ByteOrder : IComparer<byte[]>
    {
        public static ByteOrder Instance { get; } = new();

        public int Compare(byte[]? x, byte[]? y) => x.AsSpan().SequenceCompareTo(y);
    }
}
