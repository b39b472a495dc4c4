using System.Globalization;

namespace Csto.Reporting.Pdf.PdfFile.Syntax;

/// <summary>A parsed PDF object: the few kinds needed to read and rewrite a catalog, page tree nodes and a trailer.</summary>
internal abstract record PdfObject;

/// <summary>A name such as <c>/Type</c>, held decoded (<c>#xx</c> escapes resolved), one char per byte.</summary>
internal sealed record PdfName(string Value) : PdfObject;

/// <summary>A number, held as written so that copying it changes nothing.</summary>
internal sealed record PdfNumber(string Token) : PdfObject
{
    /// <summary>The value as an integer, or null when it is not one.</summary>
    public long? AsInteger =>
        long.TryParse(Token, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value) ? value : null;
}

/// <summary>A string, held as its decoded bytes.</summary>
internal sealed record PdfString(byte[] Bytes) : PdfObject;

/// <summary><c>true</c> or <c>false</c>.</summary>
internal sealed record PdfBoolean(bool Value) : PdfObject;

/// <summary>The <c>null</c> object.</summary>
internal sealed record PdfNull : PdfObject
{
    public static PdfNull Instance { get; } = new();
}

/// <summary>An indirect reference <c>N G R</c>.</summary>
internal sealed record PdfReference(int Number, int Generation) : PdfObject
{
    public override string ToString() => $"{Number.ToString(CultureInfo.InvariantCulture)} {Generation.ToString(CultureInfo.InvariantCulture)} R";
}

/// <summary>An array.</summary>
internal sealed record PdfArray(IReadOnlyList<PdfObject> Items) : PdfObject;

/// <summary>A dictionary, its entries kept in file order so that rewriting it is deterministic.</summary>
internal sealed record PdfDictionary(IReadOnlyList<KeyValuePair<string, PdfObject>> Entries) : PdfObject
{
    /// <summary>The value of a key (without the slash), or null when absent.</summary>
    public PdfObject? this[string key]
    {
        get
        {
            foreach (var entry in Entries)
            {
                if (entry.Key == key)
                {
                    return entry.Value;
                }
            }
            return null;
        }
    }
}
