using System.IO.Compression;
using System.Security.Cryptography;

namespace Csto.Reporting.Pdf.Writing.Syntax;

/// <summary>
/// Writes a PDF file front to back (ISO 32000-1 §7.5): the header, each indirect object once, in any order of
/// numbers, a classic cross-reference table and the trailer with a deterministic <c>/ID</c> — the first 16 bytes of
/// the SHA-256 of everything written before the table, so the same objects always give the same file and any
/// change of content gives another identifier. Streams are Flate-compressed at a fixed level, which is
/// deterministic for one runtime.
/// </summary>
internal sealed class PdfFileWriter
{
    private readonly PdfOutput file = new(64 * 1024);
    private readonly PdfOutput scratch = new();
    private readonly List<long> offsets = [0];
    private bool finished;

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

    /// <summary>Writes the object <paramref name="reference"/>; <paramref name="body"/> writes its value.</summary>
    /// <exception cref="InvalidOperationException">The object was not allocated here or is already written.</exception>
    public void WriteObject(PdfReference reference, Action<PdfOutput> body)
    {
        ArgumentNullException.ThrowIfNull(body);
        BeginObject(reference);
        body(file);
        file.Raw("\nendobj\n");
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
    /// Writes the cross-reference table and trailer and returns the whole file. The trailer names
    /// <paramref name="root"/> (the catalog) and <paramref name="info"/> (the document information dictionary).
    /// </summary>
    /// <exception cref="InvalidOperationException">An allocated object was never written, or the file is already finished.</exception>
    public byte[] Finish(PdfReference root, PdfReference? info)
    {
        if (finished)
        {
            throw new InvalidOperationException("The file is already finished.");
        }
        var missing = offsets.FindIndex(1, offset => offset < 0);
        if (missing > 0)
        {
            throw new InvalidOperationException($"Object {missing} was allocated but never written.");
        }
        finished = true;
        var id = SHA256.HashData(file.Written)[..16];
        var xref = file.Length;
        file.Raw("xref\n0 ").Integer(offsets.Count).Raw("\n0000000000 65535 f \n");
        Span<byte> entry = stackalloc byte[20];
        for (var i = 1; i < offsets.Count; i++)
        {
            var offset = offsets[i];
            for (var digit = 9; digit >= 0; digit--)
            {
                entry[digit] = (byte)('0' + (offset % 10));
                offset /= 10;
            }
            " 00000 n \n"u8.CopyTo(entry[10..]);
            file.Raw(entry);
        }
        file.Raw("trailer\n<<").Key("Size").Integer(offsets.Count).Key("Root").Reference(root);
        if (info is { } infoReference)
        {
            file.Key("Info").Reference(infoReference);
        }
        file.Key("ID").Raw("[").HexString(id).HexString(id).Raw("]>>\nstartxref\n").Integer(xref).Raw("\n%%EOF\n");
        return file.Written.ToArray();
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

    private void BeginObject(PdfReference reference)
    {
        if (reference.Number <= 0 || reference.Number >= offsets.Count)
        {
            throw new InvalidOperationException($"Object {reference.Number} was not allocated by this writer.");
        }
        if (offsets[reference.Number] >= 0)
        {
            throw new InvalidOperationException($"Object {reference.Number} is already written.");
        }
        offsets[reference.Number] = file.Length;
        file.Integer(reference.Number).Raw(" 0 obj\n");
    }
}
