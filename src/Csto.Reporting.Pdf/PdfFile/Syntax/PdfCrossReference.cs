namespace Csto.Reporting.Pdf.PdfFile.Syntax;

/// <summary>
/// The cross-reference data of a PDF with classic <c>xref</c> tables (ISO 32000-1 §7.5.4–7.5.6): where each
/// object starts, merged over the chain of sections from the newest (found through <c>startxref</c>) back
/// through every <c>/Prev</c>, and the newest trailer.
/// </summary>
internal sealed class PdfCrossReference
{
    private const int TailSearchLength = 2048;
    private readonly Dictionary<int, (long Offset, int Generation)> entries;

    private PdfCrossReference(Dictionary<int, (long Offset, int Generation)> entries, PdfDictionary trailer, long startXref)
    {
        this.entries = entries;
        Trailer = trailer;
        StartXref = startXref;
    }

    /// <summary>The newest trailer dictionary.</summary>
    public PdfDictionary Trailer { get; }

    /// <summary>The offset of the newest cross-reference section (the value after the last <c>startxref</c>).</summary>
    public long StartXref { get; }

    /// <summary>One more than the highest object number any section lists (a lower bound for the next free number).</summary>
    public int NextFreeNumber => entries.Count == 0 ? 1 : entries.Keys.Max() + 1;

    /// <summary>Reads the chain of cross-reference sections of <paramref name="pdf"/>.</summary>
    /// <exception cref="PdfFormatException">The file is not a PDF, is damaged or uses cross-reference streams.</exception>
    public static PdfCrossReference Read(ReadOnlySpan<byte> pdf)
    {
        if (!pdf.StartsWith("%PDF-"u8))
        {
            throw new PdfFormatException("The input does not start with the '%PDF-' header, so it is not a PDF file", 0);
        }
        var startXref = FindStartXref(pdf);
        var entries = new Dictionary<int, (long Offset, int Generation)>();
        var visited = new HashSet<long>();
        PdfDictionary? newestTrailer = null;
        long? sectionOffset = startXref;
        while (sectionOffset is { } offset)
        {
            if (!visited.Add(offset))
            {
                throw new PdfFormatException("The chain of cross-reference sections (/Prev) loops back to an earlier section", offset);
            }
            var trailer = ReadSection(pdf, offset, entries);
            newestTrailer ??= trailer;
            sectionOffset = trailer["Prev"] switch
            {
                null => null,
                PdfNumber { AsInteger: { } prev } => prev,
                _ => throw new PdfFormatException("The trailer's /Prev is not an integer offset", offset),
            };
        }
        return new PdfCrossReference(entries, newestTrailer!, startXref);
    }

    /// <summary>Reads the object <paramref name="reference"/> points to (a dictionary or array, never a stream's data).</summary>
    /// <exception cref="PdfFormatException">The object is missing, free or not where the table says.</exception>
    public PdfObject ReadObject(ReadOnlySpan<byte> pdf, PdfReference reference)
    {
        if (!entries.TryGetValue(reference.Number, out var entry) || entry.Offset < 0 || entry.Generation != reference.Generation)
        {
            var hybrid = Trailer["XRefStm"] is null
                ? string.Empty
                : " (the file also has a cross-reference stream, /XRefStm, which this updater does not read)";
            throw new PdfFormatException($"Object {reference} is not in the cross-reference table{hybrid}.");
        }
        if (entry.Offset >= pdf.Length)
        {
            throw new PdfFormatException($"The cross-reference table places object {reference} beyond the end of the file", entry.Offset);
        }
        var parser = new PdfParser(pdf, entry.Offset);
        return parser.ReadIndirectObject(reference);
    }

    /// <summary>Returns <paramref name="value"/>, or the object it refers to when it is a reference.</summary>
    public PdfObject Resolve(ReadOnlySpan<byte> pdf, PdfObject value) =>
        value is PdfReference reference ? ReadObject(pdf, reference) : value;

    private static long FindStartXref(ReadOnlySpan<byte> pdf)
    {
        var tailStart = Math.Max(0, pdf.Length - TailSearchLength);
        var index = pdf[tailStart..].LastIndexOf("startxref"u8);
        if (index < 0)
        {
            throw new PdfFormatException("No 'startxref' in the last 2048 bytes: the file is truncated or not a PDF", pdf.Length);
        }
        var parser = new PdfParser(pdf, tailStart + index + "startxref".Length);
        var offset = parser.ReadUnsignedInteger("after 'startxref'");
        if (offset >= pdf.Length)
        {
            throw new PdfFormatException($"'startxref' points at offset {offset}, beyond the end of the file", parser.Position);
        }
        return offset;
    }

    private static PdfDictionary ReadSection(ReadOnlySpan<byte> pdf, long offset, Dictionary<int, (long Offset, int Generation)> entries)
    {
        var parser = new PdfParser(pdf, offset);
        if (!parser.TryReadKeyword("xref"u8))
        {
            var probe = new PdfParser(pdf, offset);
            if (LooksLikeObjectStart(ref probe))
            {
                throw new PdfFormatException(
                    "The file uses a cross-reference stream (PDF 1.5 compressed cross-reference data); only classic 'xref' tables are supported",
                    offset);
            }
            throw parser.Error("The cross-reference offset does not point at an 'xref' table");
        }
        while (!parser.TryReadKeyword("trailer"u8))
        {
            var first = parser.ReadUnsignedInteger("as the first object number of a cross-reference subsection");
            var count = parser.ReadUnsignedInteger("as the entry count of a cross-reference subsection");
            if (first + count > int.MaxValue || count > pdf.Length / 18)
            {
                throw parser.Error($"The cross-reference subsection {first} {count} is impossibly large");
            }
            for (var i = 0; i < count; i++)
            {
                var entryOffset = parser.ReadUnsignedInteger("as a cross-reference entry's offset");
                var generation = parser.ReadUnsignedInteger("as a cross-reference entry's generation");
                var inUse = parser.TryReadKeyword("n"u8);
                if (!inUse && !parser.TryReadKeyword("f"u8))
                {
                    throw parser.Error("Expected 'n' or 'f' ending a cross-reference entry");
                }
                var number = (int)(first + i);
                // Newer sections are read first, so an entry already present wins over this older one.
                entries.TryAdd(number, (inUse ? entryOffset : -1, (int)Math.Min(generation, int.MaxValue)));
            }
        }
        if (parser.ReadObject() is not PdfDictionary trailer)
        {
            throw parser.Error("Expected a dictionary after 'trailer'");
        }
        if (trailer["Encrypt"] is not null)
        {
            throw new PdfFormatException("The file is encrypted (/Encrypt in the trailer); encrypted files are not supported", offset);
        }
        return trailer;
    }

    private static bool LooksLikeObjectStart(ref PdfParser parser)
    {
        try
        {
            parser.ReadUnsignedInteger("as an object number");
            parser.ReadUnsignedInteger("as a generation number");
            return parser.TryReadKeyword("obj"u8);
        }
        catch (PdfFormatException)
        {
            return false;
        }
    }
}
