using System.Globalization;
using Csto.Reporting.Pdf.PdfFile.Syntax;

namespace Csto.Reporting.Pdf.PdfFile;

/// <summary>
/// Adds to a finished PDF what SkiaSharp's PDF backend cannot write — an outline (bookmarks), the document
/// language (/Lang) and the page mode — as an incremental update (ISO 32000-1 §7.5.6): the original bytes are
/// kept unchanged and followed by a new revision of the document catalog (same object number), the outline
/// objects, a cross-reference section for them and a trailer whose /Prev points at the previous section.
/// </summary>
/// <remarks>
/// <para>Supports files with classic <c>xref</c> tables (what SkiaSharp writes, and files this class has
/// already updated); files with cross-reference streams or encryption are rejected with
/// <see cref="PdfFormatException"/>.</para>
/// <para>The trailer's /Root, /Info and /ID are carried over (no new file identifier is made), so the output
/// is a function of the input only: the same input and additions always give the same bytes. The work is
/// linear in the size of the cross-reference data and the page tree; the file body is copied, never parsed.</para>
/// <para>A new outline replaces any outline the file has; the outline's top-level items are open and
/// deeper items closed.</para>
/// </remarks>
public static class PdfIncrementalUpdater
{
    /// <summary>
    /// Writes <paramref name="pdf"/> followed by an incremental update adding <paramref name="additions"/>
    /// to <paramref name="output"/>. When there is nothing to add, writes <paramref name="pdf"/> unchanged.
    /// </summary>
    /// <param name="pdf">A complete PDF file.</param>
    /// <param name="additions">The outline, language and page mode to add.</param>
    /// <param name="output">A writable stream receiving the whole updated file.</param>
    /// <exception cref="PdfFormatException">
    /// <paramref name="pdf"/> is not a PDF this updater can read; nothing has been written.
    /// </exception>
    /// <exception cref="ArgumentOutOfRangeException">
    /// An outline entry targets a page the PDF does not have; nothing has been written.
    /// </exception>
    public static void Apply(ReadOnlySpan<byte> pdf, PdfCatalogAdditions additions, Stream output)
    {
        ArgumentNullException.ThrowIfNull(additions);
        ArgumentNullException.ThrowIfNull(output);
        if (!output.CanWrite)
        {
            throw new ArgumentException("The output stream must be writable.", nameof(output));
        }
        var update = CreateUpdate(pdf, additions);
        output.Write(pdf);
        output.Write(update);
    }

    /// <summary>
    /// The bytes to append to <paramref name="pdf"/> to add <paramref name="additions"/> (empty when there is nothing
    /// to add), for callers that write the original and the update themselves, without an intermediate copy.
    /// </summary>
    /// <exception cref="PdfFormatException"><paramref name="pdf"/> is not a PDF this updater can read.</exception>
    /// <exception cref="ArgumentOutOfRangeException">An outline entry targets a page the PDF does not have.</exception>
    internal static byte[] CreateUpdate(ReadOnlySpan<byte> pdf, PdfCatalogAdditions additions) =>
        additions.IsEmpty ? [] : BuildUpdate(pdf, additions);

    private static byte[] BuildUpdate(ReadOnlySpan<byte> pdf, PdfCatalogAdditions additions)
    {
        var xref = PdfCrossReference.Read(pdf);
        var trailer = xref.Trailer;
        if (trailer["Root"] is not PdfReference root)
        {
            throw new PdfFormatException("The trailer has no /Root reference to the document catalog.");
        }
        if (trailer["Size"] is not PdfNumber { AsInteger: { } declaredSize } || declaredSize < 1 || declaredSize > int.MaxValue / 2)
        {
            throw new PdfFormatException("The trailer has no valid /Size (the number of objects).");
        }
        // New objects are numbered from /Size; a table listing higher numbers than /Size admits is trusted over it.
        var size = Math.Max(declaredSize, xref.NextFreeNumber);
        if (xref.ReadObject(pdf, root) is not PdfDictionary catalog)
        {
            throw new PdfFormatException($"The document catalog {root} is not a dictionary.");
        }

        var replaced = new List<KeyValuePair<string, PdfObject>>();
        var outlineObjects = new List<(PdfReference Reference, PdfDictionary Value)>();
        if (additions.Outline.Count > 0)
        {
            var pages = PdfPageTree.ReadPages(pdf, xref, catalog);
            CheckPageIndexes(additions, pages.Count);
            outlineObjects.AddRange(PdfOutlineBuilder.Build(additions.Outline, pages, (int)size));
            replaced.Add(new("Outlines", outlineObjects[0].Reference));
            if (additions.OpenOutlinePane)
            {
                replaced.Add(new("PageMode", new PdfName("UseOutlines")));
            }
        }
        if (additions.Language is { } language)
        {
            replaced.Add(new("Lang", PdfObjectWriter.TextString(language)));
        }
        var newCatalog = new PdfDictionary(
            [.. catalog.Entries.Where(e => !replaced.Any(r => r.Key == e.Key)), .. replaced]);

        // The update starts on a fresh line; a file that does not end with an end-of-line gets one.
        var separator = pdf.Length > 0 && pdf[^1] is (byte)'\n' or (byte)'\r' ? string.Empty : "\n";
        var writer = new PdfObjectWriter(pdf.Length);
        writer.WriteRaw(separator);
        var offsets = new List<(PdfReference Reference, long Offset)> { (root, writer.WriteIndirectObject(root, newCatalog)) };
        foreach (var (reference, value) in outlineObjects)
        {
            offsets.Add((reference, writer.WriteIndirectObject(reference, value)));
        }

        var xrefOffset = writer.Offset;
        WriteCrossReferenceSection(writer, offsets);
        var newTrailer = new List<KeyValuePair<string, PdfObject>>
        {
            new("Size", PdfObjectWriter.Number(size + outlineObjects.Count)),
            new("Root", root),
        };
        foreach (var key in (string[])["Info", "ID"])
        {
            if (trailer[key] is { } value)
            {
                newTrailer.Add(new(key, value));
            }
        }
        newTrailer.Add(new("Prev", PdfObjectWriter.Number(xref.StartXref)));
        writer.WriteRaw("trailer\n");
        writer.Write(new PdfDictionary(newTrailer));
        writer.WriteRaw(string.Create(CultureInfo.InvariantCulture, $"\nstartxref\n{xrefOffset}\n%%EOF\n"));
        return writer.Written.ToArray();
    }

    private static void CheckPageIndexes(PdfCatalogAdditions additions, int pageCount)
    {
        var outline = additions.Outline;
        for (var i = 0; i < outline.Count; i++)
        {
            if (outline[i].PageIndex >= pageCount)
            {
                throw new ArgumentOutOfRangeException(
                    nameof(additions),
                    outline[i].PageIndex,
                    $"Outline entry {i} («{outline[i].Title}») targets page index {outline[i].PageIndex}, but the PDF has {pageCount} pages.");
            }
        }
    }

    /// <summary>Writes <c>xref</c> with one subsection per run of consecutive object numbers; entries are 20 bytes.</summary>
    private static void WriteCrossReferenceSection(PdfObjectWriter writer, List<(PdfReference Reference, long Offset)> objects)
    {
        objects.Sort((a, b) => a.Reference.Number.CompareTo(b.Reference.Number));
        writer.WriteRaw("xref\n");
        var start = 0;
        while (start < objects.Count)
        {
            var end = start + 1;
            while (end < objects.Count && objects[end].Reference.Number == objects[end - 1].Reference.Number + 1)
            {
                end++;
            }
            writer.WriteRaw(string.Create(CultureInfo.InvariantCulture, $"{objects[start].Reference.Number} {end - start}\n"));
            for (var i = start; i < end; i++)
            {
                writer.WriteRaw(string.Create(CultureInfo.InvariantCulture, $"{objects[i].Offset:D10} {objects[i].Reference.Generation:D5} n\r\n"));
            }
            start = end;
        }
    }
}
