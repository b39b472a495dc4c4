using System.Text;
using System.Xml.Linq;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Tokens;

namespace Csto.Reporting.Pdf.Tests.Writing;

/// <summary>
/// Checks the PDF/A-2 and PDF/A-3 clauses (ISO 19005-2/-3) that apply to what our writer produces, by reading the
/// file back; each problem names its clause. Not a validator: docs/pdf-conformance.md lists what is and is not
/// checked. Clauses about features the writer never uses (transparency groups, forms, optional content, Type 1
/// and CFF fonts, JPEG 2000, PostScript XObjects) are not checked here.
/// </summary>
internal static class ConformanceSelfCheck
{
    private static readonly XNamespace Rdf = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
    private static readonly XNamespace Dc = "http://purl.org/dc/elements/1.1/";
    private static readonly XNamespace Pdf = "http://ns.adobe.com/pdf/1.3/";
    private static readonly XNamespace Xmp = "http://ns.adobe.com/xap/1.0/";
    private static readonly XNamespace PdfAId = "http://www.aiim.org/pdfa/ns/id/";

    /// <summary>The problems found; empty when every checked clause holds.</summary>
    /// <param name="file">The PDF.</param>
    /// <param name="part">The PDF/A part claimed (2 or 3).</param>
    /// <param name="conformance">The level claimed (A or B).</param>
    public static IReadOnlyList<string> Check(byte[] file, int part, string conformance)
    {
        var problems = new List<string>();
        // 6.1.2: the header, then a comment line of at least four bytes above 127.
        var header = Encoding.Latin1.GetString(file, 0, Math.Min(32, file.Length)).Split('\n');
        if (!header[0].StartsWith("%PDF-1.", StringComparison.Ordinal) || header.Length < 2 || header[1].Length < 5 || header[1][0] != '%' || header[1][1..].Count(c => c > 127) < 4)
        {
            problems.Add("6.1.2: the header is not '%PDF-1.n' followed by a binary comment line");
        }
        using var document = PdfDocument.Open(file);
        var trailer = document.Structure.Trailer;
        // 6.1.3: an /ID in the trailer, no /Encrypt.
        if (trailer.Identifier is not { Count: 2 })
        {
            problems.Add("6.1.3: the trailer has no /ID");
        }
        if (document.IsEncrypted)
        {
            problems.Add("6.1.3: the file is encrypted");
        }
        var catalog = WritingFixtures.Catalog(document);
        var objects = AllObjects(document);
        foreach (var (number, token) in objects)
        {
            var dictionary = token is StreamToken stream ? stream.StreamDictionary : token as DictionaryToken;
            if (dictionary is null)
            {
                continue;
            }
            // 6.1.7.1: streams use no external files.
            if (token is StreamToken && (dictionary.Data.ContainsKey("F") || dictionary.Data.ContainsKey("FFilter") || dictionary.Data.ContainsKey("FDecodeParms")))
            {
                problems.Add($"6.1.7.1: stream {number} refers to an external file");
            }
            // 6.1.7.2: no LZW.
            if (dictionary.Data.TryGetValue("Filter", out var filter) && filter.ToString()!.Contains("LZW", StringComparison.Ordinal))
            {
                problems.Add($"6.1.7.2: stream {number} is LZW-compressed");
            }
            // 6.2.8: images have no /Interpolate true, /Alternates or /OPI.
            if (Name(dictionary, "Subtype") == "Image")
            {
                if (dictionary.Data.TryGetValue("Interpolate", out var interpolate) && interpolate is BooleanToken { Data: true })
                {
                    problems.Add($"6.2.8: image {number} has /Interpolate true");
                }
                if (dictionary.Data.ContainsKey("Alternates") || dictionary.Data.ContainsKey("OPI"))
                {
                    problems.Add($"6.2.8: image {number} has /Alternates or /OPI");
                }
            }
            // 6.2.11.4.1: every font program is embedded; 6.2.11.7.2 (level A): every font maps to Unicode.
            if (Name(dictionary, "Type") == "Font" && Name(dictionary, "Subtype") == "Type0")
            {
                var descendant = WritingFixtures.Dictionary(document, ((ArrayToken)WritingFixtures.Resolve(document, dictionary.Data["DescendantFonts"])).Data[0]);
                var descriptor = WritingFixtures.Dictionary(document, descendant.Data["FontDescriptor"]);
                if (!descriptor.Data.ContainsKey("FontFile2"))
                {
                    problems.Add($"6.2.11.4.1: font {number} is not embedded");
                }
                if (conformance == "A" && !dictionary.Data.ContainsKey("ToUnicode"))
                {
                    problems.Add($"6.2.11.7.2: font {number} has no ToUnicode map");
                }
                if (Name(descendant, "Subtype") == "CIDFontType2" && Name(descendant, "CIDToGIDMap") is not "Identity" && !descendant.Data.ContainsKey("CIDToGIDMap"))
                {
                    problems.Add($"6.2.11.3.2: CIDFontType2 of font {number} has no /CIDToGIDMap");
                }
            }
            // 6.3.2/6.3.3: annotations are printed and not hidden.
            if (Name(dictionary, "Type") == "Annot")
            {
                var flags = dictionary.Data.TryGetValue("F", out var f) ? ((NumericToken)f).Int : 0;
                if ((flags & 4) == 0 || (flags & (1 | 2 | 32)) != 0)
                {
                    problems.Add($"6.3.2: annotation {number} is not set to print or is hidden (F = {flags})");
                }
            }
            // 6.5.1/6.6.1: no JavaScript, Launch or other forbidden actions.
            if (Name(dictionary, "S") is "JavaScript" or "Launch" or "Sound" or "Movie" or "ResetForm" or "ImportData" or "Hide" or "SetOCGState" or "Rendition" or "Trans" or "GoTo3DView")
            {
                problems.Add($"6.6.1: object {number} is a forbidden {Name(dictionary, "S")} action");
            }
            // 6.8 (PDF/A-3): embedded files declare their media type, modification date and relationship.
            if (Name(dictionary, "Type") == "EmbeddedFile")
            {
                if (part < 3)
                {
                    problems.Add($"6.8: PDF/A-{part} embeds file {number}");
                }
                if (!dictionary.Data.ContainsKey("Subtype"))
                {
                    problems.Add($"6.8: embedded file {number} has no /Subtype (media type)");
                }
                if (!(dictionary.Data.TryGetValue("Params", out var parameters) && ((DictionaryToken)WritingFixtures.Resolve(document, parameters)).Data.ContainsKey("ModDate")))
                {
                    problems.Add($"6.8: embedded file {number} has no /Params /ModDate");
                }
            }
            if (Name(dictionary, "Type") == "Filespec" && !dictionary.Data.ContainsKey("AFRelationship"))
            {
                problems.Add($"6.8: file specification {number} has no /AFRelationship");
            }
        }
        if (catalog.Data.ContainsKey("AA") || catalog.Data.ContainsKey("OpenAction") && WritingFixtures.Resolve(document, catalog.Data["OpenAction"]) is DictionaryToken)
        {
            problems.Add("6.6.2: the catalog has additional or open actions");
        }
        // 6.2.4.3: device colour needs a PDF/A output intent with an ICC profile of that colour space.
        if (WritingFixtures.Entry(document, catalog, "OutputIntents") is not ArrayToken intents
            || intents.Data.Select(i => WritingFixtures.Dictionary(document, i)).FirstOrDefault(i => Name(i, "S") == "GTS_PDFA1") is not { } intent
            || WritingFixtures.Resolve(document, intent.Data["DestOutputProfile"]) is not StreamToken profile
            || ((NumericToken)profile.StreamDictionary.Data["N"]).Int != 3
            || !Encoding.ASCII.GetString(WritingFixtures.StreamData(profile), 36, 4).Equals("acsp", StringComparison.Ordinal))
        {
            problems.Add("6.2.4.3: no GTS_PDFA1 output intent with an RGB ICC profile, though the content uses DeviceRGB");
        }
        problems.AddRange(CheckMetadata(document, catalog, part, conformance));
        // 6.7.2/6.7.3 (level A): a tagged file with a structure tree, and its natural language.
        if (conformance == "A")
        {
            if (WritingFixtures.Entry(document, catalog, "MarkInfo") is not DictionaryToken markInfo || markInfo.Data["Marked"] is not BooleanToken { Data: true })
            {
                problems.Add("6.7.2.2: /MarkInfo /Marked is not true");
            }
            if (!catalog.Data.ContainsKey("StructTreeRoot"))
            {
                problems.Add("6.7.3.3: no structure tree");
            }
            if (!catalog.Data.ContainsKey("Lang"))
            {
                problems.Add("6.7.4: the catalog declares no /Lang");
            }
        }
        return problems;
    }

    private static IEnumerable<string> CheckMetadata(PdfDocument document, DictionaryToken catalog, int part, string conformance)
    {
        // 6.6.2.1: the catalog's metadata stream, unfiltered; 6.6.2.3.1: Info entries agree with XMP.
        if (WritingFixtures.Entry(document, catalog, "Metadata") is not StreamToken metadata)
        {
            yield return "6.6.2.1: the catalog has no metadata stream";
            yield break;
        }
        if (metadata.StreamDictionary.Data.ContainsKey("Filter"))
        {
            yield return "6.6.2.1: the metadata stream is compressed";
        }
        var text = Encoding.UTF8.GetString(metadata.Data.Span);
        var xml = XDocument.Parse(text[text.IndexOf("<x:xmpmeta", StringComparison.Ordinal)..(text.IndexOf("</x:xmpmeta>", StringComparison.Ordinal) + 12)]);
        string? Simple(XNamespace ns, string name) => xml.Descendants(ns + name).FirstOrDefault()?.Value;
        string? First(XNamespace ns, string name) => xml.Descendants(ns + name).Descendants(Rdf + "li").FirstOrDefault()?.Value;
        if (Simple(PdfAId, "part") != part.ToString(System.Globalization.CultureInfo.InvariantCulture) || Simple(PdfAId, "conformance") != conformance)
        {
            yield return $"6.6.4: XMP claims pdfaid:part {Simple(PdfAId, "part")} conformance {Simple(PdfAId, "conformance")}, not {part}{conformance}";
        }
        var info = document.Information;
        (string Key, string? Info, string? Xmp)[] pairs =
        [
            ("Title", info.Title, First(Dc, "title")),
            ("Author", info.Author, First(Dc, "creator")),
            ("Subject", info.Subject, First(Dc, "description")),
            ("Keywords", info.Keywords, Simple(Pdf, "Keywords")),
            ("Creator", info.Creator, Simple(Xmp, "CreatorTool")),
            ("Producer", info.Producer, Simple(Pdf, "Producer")),
            ("CreationDate", Date(info.CreationDate), Simple(Xmp, "CreateDate")),
            ("ModDate", Date(info.ModifiedDate), Simple(Xmp, "ModifyDate")),
        ];
        foreach (var (key, infoValue, xmpValue) in pairs)
        {
            if (!string.IsNullOrEmpty(infoValue) && infoValue != xmpValue)
            {
                yield return $"6.6.2.3.1: Info /{key} '{infoValue}' differs from XMP '{xmpValue}'";
            }
        }
    }

    // D:YYYYMMDDHHmmSSZ → YYYY-MM-DDTHH:mm:SSZ, the XMP form our writer uses.
    private static string? Date(string? pdfDate) => pdfDate is { Length: 17 } d && d.StartsWith("D:", StringComparison.Ordinal) && d.EndsWith('Z')
        ? $"{d[2..6]}-{d[6..8]}-{d[8..10]}T{d[10..12]}:{d[12..14]}:{d[14..16]}Z"
        : pdfDate;

    private static string? Name(DictionaryToken dictionary, string key) =>
        dictionary.Data.TryGetValue(key, out var token) && token is NameToken name ? name.Data : null;

    private static List<(long Number, IToken Token)> AllObjects(PdfDocument document)
    {
        var objects = new List<(long, IToken)>();
        var size = document.Structure.Trailer.Size;
        for (var number = 1; number < size; number++)
        {
            objects.Add((number, document.Structure.GetObject(new UglyToad.PdfPig.Core.IndirectReference(number, 0)).Data));
        }
        return objects;
    }
}
