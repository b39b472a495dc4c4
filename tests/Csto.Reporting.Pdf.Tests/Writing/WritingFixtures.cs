using System.IO.Compression;
using Csto.Reporting.Fonts;
using Csto.Reporting.Pdf.Fonts;
using Csto.Reporting.Pdf.Text;
using Csto.Reporting.Pdf.Writing.Content;
using Csto.Reporting.Pdf.Writing.Document;
using Csto.Reporting.Pdf.Writing.Metadata;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Tokens;

namespace Csto.Reporting.Pdf.Tests.Writing;

/// <summary>Builds small documents with the writer and reads their objects back through PdfPig's tokens.</summary>
internal static class WritingFixtures
{
    public static readonly DateTime Date = new(2025, 11, 28, 0, 0, 0, DateTimeKind.Utc);

    public static PdfDocumentInformation Information(string title = "Заявление Совета коллективной безопасности", string? language = "ru") =>
        new(title, "Секретариат ОДКБ", "Тест", ["ОДКБ", "заявление"], "Csto.Reporting", "Csto.Reporting.Pdf", Date, language);

    public static LoadedFont Serif => FontCatalog.Get(FontFamily.PTSerif, FontFace.Regular);

    public static PdfEmbeddedFontUse Show(PdfDocumentWriter writer, PdfPage page, LoadedFont font, string text, float size, float x, float baseline)
    {
        var pdfFont = writer.Font(font, font.Family.Load(font.Face));
        var shaped = TextShaper.Shape(font, text, kerning: true, ligatures: true);
        var pen = x;
        var glyphs = new List<ushort>();
        var positions = new List<float>();
        foreach (var run in shaped.Runs)
        {
            var runFont = writer.Font(run.Font, run.Font.Family.Load(run.Font.Face));
            var runPositions = run.Positions.Select(p => p * size).ToArray();
            page.Content.ShowGlyphs(runFont, size, pen, baseline, run.Glyphs, runPositions, PdfColor.Black, run.Utf8, run.Clusters);
            glyphs.AddRange(run.Glyphs);
            positions.AddRange(runPositions.Select(p => pen + p));
            pen += run.Advance * size;
        }
        return new PdfEmbeddedFontUse(pdfFont, glyphs, positions, pen - x);
    }

    public sealed record PdfEmbeddedFontUse(Csto.Reporting.Pdf.Writing.Fonts.PdfEmbeddedFont Font, IReadOnlyList<ushort> Glyphs, IReadOnlyList<float> Positions, float Width);

    /// <summary>One A4 page with one line of text.</summary>
    public static byte[] OneLine(string text, PdfArchivalLevel level = PdfArchivalLevel.None, bool tagged = false)
    {
        var writer = new PdfDocumentWriter(Information(), level, tagged);
        var page = writer.BeginPage(595.28f, 841.89f);
        Show(writer, page, Serif, text, 12, 72, 100);
        writer.EndPage();
        return writer.Finish([], [], []);
    }

    public static IToken Resolve(PdfDocument document, IToken token) =>
        token is IndirectReferenceToken reference ? document.Structure.GetObject(reference.Data).Data : token;

    public static DictionaryToken Dictionary(PdfDocument document, IToken token) => (DictionaryToken)Resolve(document, token);

    public static IToken? Entry(PdfDocument document, DictionaryToken dictionary, string key) =>
        dictionary.Data.TryGetValue(key, out var token) ? Resolve(document, token) : null;

    public static DictionaryToken Catalog(PdfDocument document) => document.Structure.Catalog.CatalogDictionary;

    /// <summary>A stream's data, inflated when it is Flate-compressed.</summary>
    public static byte[] StreamData(StreamToken stream)
    {
        var raw = stream.Data.ToArray();
        if (!stream.StreamDictionary.Data.TryGetValue("Filter", out var filter) || filter is not NameToken { Data: "FlateDecode" })
        {
            return raw;
        }
        using var input = new ZLibStream(new MemoryStream(raw), CompressionMode.Decompress);
        using var output = new MemoryStream();
        input.CopyTo(output);
        return output.ToArray();
    }

    public static string? Text(IToken? token) => token switch
    {
        StringToken s => s.Data,
        HexToken h => h.Data,
        _ => null,
    };

    /// <summary>Every font dictionary on every page (Type0 fonts).</summary>
    public static IReadOnlyList<DictionaryToken> PageFonts(PdfDocument document)
    {
        var fonts = new List<DictionaryToken>();
        foreach (var page in document.GetPages())
        {
            var resources = Dictionary(document, page.Dictionary.Data["Resources"]);
            if (Entry(document, resources, "Font") is DictionaryToken fontResources)
            {
                fonts.AddRange(fontResources.Data.Values.Select(token => Dictionary(document, token)));
            }
        }
        return fonts.Distinct().ToList();
    }
}
