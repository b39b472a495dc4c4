using System.IO.Compression;
using System.IO.Hashing;

namespace Csto.Reporting.Pdf.Writing.Syntax;

/// <summary>
/// Writes a PDF file front to back (ISO 32000-1 §7.5): the header, each indirect object once, in any order of
/// numbers, and a cross-reference stream whose trailer entries carry a deterministic <c>/ID</c> — the 128-bit
/// XxHash of everything written before it (the file is not encrypted, so the identifier needs no cryptographic
/// strength), so the same objects always give the same file and any change of content gives another identifier.
/// Every object that is not a stream goes into a Flate-compressed object stream (§7.5.7) with up to
/// <see cref="ObjectsPerStream"/> others; streams stay top-level objects. Streams are Flate-compressed at a fixed
/// level, which is deterministic for one runtime.
/// </summary>
internal sealed class PdfFileWriter
{
    private readonly PdfOutput file = new(64 * 1024);
    private readonly PdfOutput scratch = new();
    private readonly List<long> offsets = [0];
    private readonly Dictionary<int, (int Stream, int Index)> compressed = [];
    private readonly PdfOutput batch = new();
    private readonly List<(int Number, int Offset)> batchObjects = [];
    /// <summary>How many objects one object stream holds at most.</summary>
    public const int ObjectsPerStream = 100;
    private const long Compressed = -2;
    private bool finished;
    private bool writing;

    /// <summary>Starts a file with the header for <paramref name="version"/> and a binary comment line (§7.5.2).</summary>
    /// <param name="version">The header version, such as <c>1.7</c>.</param>
    public PdfFileWriter(string version = "1.7")
    {
        file.Raw("%PDF-").Raw(version).Raw("\n%\u00E2\u00E3\u00CF\u00D3\n".Select(c => (byte)c).ToArray());
    }

    /// <summary>The number of objects allocated so far.</summary>
    public int ObjectCount => offsets.Count - 1;

    /// <summary>Allocates the next object number; the object must be written before <see cref="Finish"/>.</summary>
    public PdfReference Allocate()
    {
        offsets.Add(-1);
        return new PdfReference(offsets.Count - 1);
    }

    /// <summary>
    /// Writes the non-stream object <paramref name="reference"/> into an object stream (ISO 32000-1 §7.5.7), where it
    /// is Flate-compressed with up to <see cref="ObjectsPerStream"/> − 1 others; <paramref name="body"/> writes its value.
    /// </summary>
    /// <exception cref="InvalidOperationException">The object was not allocated here or is already written.</exception>
    public void WriteObject(PdfReference reference, Action<PdfOutput> body)
    {
        ArgumentNullException.ThrowIfNull(body);
        CheckUnwritten(reference);
        if (writing)
        {
            throw new InvalidOperationException($"Object {reference.Number} is written while another object is being written.");
        }
        offsets[reference.Number] = Compressed;
        batchObjects.Add((reference.Number, batch.Length));
        writing = true;
        try
        {
            body(batch);
        }
        finally
        {
            writing = false;
        }
        batch.Raw("\n");
        if (batchObjects.Count == ObjectsPerStream)
        {
            FlushObjectStream();
        }
    }

    /// <summary>Allocates and writes an object in one step.</summary>
    public PdfReference Add(Action<PdfOutput> body)
    {
        var reference = Allocate();
        WriteObject(reference, body);
        return reference;
    }

    /// <summary>
    /// Writes a stream object: <paramref name="entries"/> writes the dictionary's own entries (not
    /// <c>/Length</c> or <c>/Filter</c>), then the data, Flate-compressed when <paramref name="compress"/> is true.
    /// </summary>
    /// <param name="reference">The allocated object number.</param>
    /// <param name="data">The stream's data (uncompressed).</param>
    /// <param name="entries">Writes extra dictionary entries, or null.</param>
    /// <param name="compress">Whether to compress with /FlateDecode.</param>
    public void WriteStream(PdfReference reference, ReadOnlySpan<byte> data, Action<PdfOutput>? entries = null, bool compress = true)
    {
        if (compress)
        {
            WriteEncodedStream(reference, Deflate(data), "FlateDecode", entries);
        }
        else
        {
            WriteEncodedStream(reference, data, null, entries);
        }
    }

    /// <summary>Writes a stream whose data is already encoded with <paramref name="filter"/> (such as DCTDecode), or unfiltered when null.</summary>
    public void WriteEncodedStream(PdfReference reference, ReadOnlySpan<byte> encoded, string? filter, Action<PdfOutput>? entries = null)
    {
        BeginObject(reference);
        file.Raw("<<");
        entries?.Invoke(file);
        file.Key("Length").Integer(encoded.Length);
        if (filter is not null)
        {
            file.Key("Filter").Name(filter);
        }
        file.Raw(">>\nstream\n").Raw(encoded).Raw("\nendstream\nendobj\n");
    }

    /// <summary>Allocates and writes a stream in one step.</summary>
    public PdfReference AddStream(ReadOnlySpan<byte> data, Action<PdfOutput>? entries = null, bool compress = true)
    {
        var reference = Allocate();
        WriteStream(reference, data, entries, compress);
        return reference;
    }

    /// <summary>
    /// Writes the last object stream and the cross-reference stream (§7.5.8), whose dictionary is the trailer, and
    /// returns the whole file. The trailer names <paramref name="root"/> (the catalog) and <paramref name="info"/>
    /// (the document information dictionary).
    /// </summary>
    /// <exception cref="InvalidOperationException">An allocated object was never written, or the file is already finished.</exception>
    public byte[] Finish(PdfReference root, PdfReference? info)
    {
        if (finished)
        {
            throw new InvalidOperationException("The file is already finished.");
        }
        FlushObjectStream();
        var missing = offsets.FindIndex(1, offset => offset == -1);
        if (missing > 0)
        {
            throw new InvalidOperationException($"Object {missing} was allocated but never written.");
        }
        finished = true;
        var xrefStream = Allocate();
        var id = XxHash128.Hash(file.Written);
        var xref = file.Length;
        WriteCrossReferenceStream(xrefStream, root, info, id);
        file.Raw("startxref\n").Integer(xref).Raw("\n%%EOF\n");
        return file.Written.ToArray();
    }

    private void TrailerEntries(PdfReference root, PdfReference? info, ReadOnlySpan<byte> id)
    {
        file.Key("Size").Integer(offsets.Count).Key("Root").Reference(root);
        if (info is { } infoReference)
        {
            file.Key("Info").Reference(infoReference);
        }
        file.Key("ID").Raw("[").HexString(id).HexString(id).Raw("]");
    }

    // §7.5.8: one row per object number — type (0 free, 1 at an offset, 2 in an object stream), then the offset or
    // the object stream's number, then the generation or the index in the object stream — each field as few
    // big-endian bytes as its largest value needs. Rows are Flate-compressed after the PNG Up predictor (each byte
    // less the byte above it), which turns runs of neighbouring rows into zeros.
    private void WriteCrossReferenceStream(PdfReference stream, PdfReference root, PdfReference? info, byte[] id)
    {
        offsets[stream.Number] = file.Length;
        var second = ByteCount(Math.Max(file.Length, compressed.Count == 0 ? 0 : compressed.Values.Max(entry => entry.Stream)));
        var third = ByteCount(compressed.Count == 0 ? 0 : compressed.Values.Max(entry => entry.Index));
        var width = 1 + second + third;
        var rows = new byte[offsets.Count * (width + 1)];
        var previous = new byte[width];
        var row = new byte[width];
        for (var number = 0; number < offsets.Count; number++)
        {
            if (number == 0)
            {
                // The head of the free list: type 0, next free object 0, the largest generation.
                row.AsSpan(1 + second).Fill(0xFF);
            }
            else if (offsets[number] == Compressed)
            {
                var (objectStream, index) = compressed[number];
                row[0] = 2;
                BigEndian(row.AsSpan(1, second), objectStream);
                BigEndian(row.AsSpan(1 + second, third), index);
            }
            else
            {
                row[0] = 1;
                BigEndian(row.AsSpan(1, second), offsets[number]);
                row.AsSpan(1 + second).Clear();
            }
            var target = rows.AsSpan(number * (width + 1), width + 1);
            target[0] = 2;
            for (var i = 0; i < width; i++)
            {
                target[1 + i] = (byte)(row[i] - previous[i]);
            }
            (previous, row) = (row, previous);
        }
        var data = Deflate(rows);
        file.Integer(stream.Number).Raw(" 0 obj\n<<").Key("Type").Name("XRef")
            .Key("W").Raw("[").Integer(1).Integer(second).Integer(third).Raw("]");
        TrailerEntries(root, info, id);
        file.Key("Length").Integer(data.Length).Key("Filter").Name("FlateDecode")
            .Key("DecodeParms").Raw("<<").Key("Predictor").Integer(12).Key("Columns").Integer(width).Raw(">>")
            .Raw(">>\nstream\n").Raw(data).Raw("\nendstream\nendobj\n");
    }

    private static int ByteCount(long value)
    {
        var count = 1;
        while (value > 0xFF)
        {
            value >>= 8;
            count++;
        }
        return count;
    }

    private static void BigEndian(Span<byte> target, long value)
    {
        for (var i = target.Length - 1; i >= 0; i--)
        {
            target[i] = (byte)value;
            value >>= 8;
        }
    }

    private void FlushObjectStream()
    {
        if (batchObjects.Count == 0)
        {
            return;
        }
        var stream = Allocate();
        var header = new PdfOutput();
        for (var i = 0; i < batchObjects.Count; i++)
        {
            header.Integer(batchObjects[i].Number).Integer(batchObjects[i].Offset);
            compressed[batchObjects[i].Number] = (stream.Number, i);
        }
        header.Raw("\n");
        var first = header.Length;
        header.Raw(batch.Written);
        var count = batchObjects.Count;
        WriteStream(stream, header.Written, output => output.Key("Type").Name("ObjStm").Key("N").Integer(count).Key("First").Integer(first));
        batch.Clear();
        batchObjects.Clear();
    }

    /// <summary>Compresses bytes as a zlib stream (RFC 1950), what /FlateDecode reads.</summary>
    public static byte[] Deflate(ReadOnlySpan<byte> data)
    {
        using var memory = new MemoryStream(Math.Max(64, data.Length / 3));
        using (var zlib = new ZLibStream(memory, CompressionLevel.Optimal, leaveOpen: true))
        {
            zlib.Write(data);
        }
        return memory.ToArray();
    }

    /// <summary>A reusable buffer for building a stream's data before writing it (cleared on each call).</summary>
    public PdfOutput Scratch()
    {
        scratch.Clear();
        return scratch;
    }

    private void CheckUnwritten(PdfReference reference)
    {
        if (reference.Number <= 0 || reference.Number >= offsets.Count)
        {
            throw new InvalidOperationException($"Object {reference.Number} was not allocated by this writer.");
        }
        if (offsets[reference.Number] != -1)
        {
            throw new InvalidOperationException($"Object {reference.Number} is already written.");
        }
    }

    private void BeginObject(PdfReference reference)
    {
        CheckUnwritten(reference);
        offsets[reference.Number] = file.Length;
        file.Integer(reference.Number).Raw(" 0 obj\n");
    }
}
