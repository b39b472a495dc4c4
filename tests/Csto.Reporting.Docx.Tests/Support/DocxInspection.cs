using System.IO.Compression;
using System.Text;
using System.Xml.Linq;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace Csto.Reporting.Docx.Tests.Support;

/// <summary>Reads a DOCX back: validation errors, normalised XML parts, plain text.</summary>
internal static class DocxInspection
{
    /// <summary>The OpenXmlValidator's errors (Microsoft 365 file format), one line each.</summary>
    public static IReadOnlyList<string> ValidationErrors(byte[] docx)
    {
        using var stream = new MemoryStream(docx);
        using var document = WordprocessingDocument.Open(stream, false);
        var validator = new OpenXmlValidator(DocumentFormat.OpenXml.FileFormatVersions.Microsoft365);
        return validator.Validate(document)
            .Select(e => $"{e.Part?.Uri} {e.Path?.XPath}: {e.Description}")
            .ToList();
    }

    /// <summary>The zip entries' names in order.</summary>
    public static IReadOnlyList<string> EntryNames(byte[] docx)
    {
        using var zip = new ZipArchive(new MemoryStream(docx), ZipArchiveMode.Read);
        return zip.Entries.Select(e => e.FullName).ToList();
    }

    /// <summary>One part's XML, parsed.</summary>
    public static XDocument Part(byte[] docx, string name)
    {
        using var zip = new ZipArchive(new MemoryStream(docx), ZipArchiveMode.Read);
        var entry = zip.GetEntry(name) ?? throw new InvalidOperationException($"No part {name}.");
        using var stream = entry.Open();
        return XDocument.Load(stream);
    }

    /// <summary>Every XML part (relationships and content types too), normalised, with a header line each.</summary>
    public static string NormalisedXml(byte[] docx)
    {
        var text = new StringBuilder();
        foreach (var name in EntryNames(docx).Where(n => n.EndsWith(".xml", StringComparison.Ordinal) || n.EndsWith(".rels", StringComparison.Ordinal)))
        {
            text.Append("===== ").Append(name).Append('\n');
            text.Append(XmlNormaliser.Normalise(Part(docx, name).Root!)).Append('\n');
        }
        return text.ToString();
    }

    /// <summary>The body's text, a paragraph a line (tabs as \t, breaks as ⏎, cell paragraphs as lines), then footnotes.</summary>
    public static string PlainText(byte[] docx)
    {
        using var stream = new MemoryStream(docx);
        using var document = WordprocessingDocument.Open(stream, false);
        var text = new StringBuilder();
        var main = document.MainDocumentPart!;
        foreach (var paragraph in main.Document!.Body!.Descendants<W.Paragraph>())
        {
            text.Append(ParagraphText(paragraph)).Append('\n');
        }
        if (main.FootnotesPart?.Footnotes is { } footnotes)
        {
            foreach (var footnote in footnotes.Elements<W.Footnote>().Where(f => f.Id! > 0))
            {
                text.Append("[^").Append(footnote.Id!.Value).Append("] ")
                    .Append(string.Join(" ", footnote.Elements<W.Paragraph>().Select(ParagraphText))).Append('\n');
            }
        }
        return text.ToString();
    }

    private static string ParagraphText(W.Paragraph paragraph)
    {
        var text = new StringBuilder();
        foreach (var element in paragraph.Descendants())
        {
            switch (element)
            {
                case W.Text t: text.Append(t.Text); break;
                case W.TabChar: text.Append('\t'); break;
                case W.Break b when b.Type?.Value == W.BreakValues.Page: text.Append("[page]"); break;
                case W.Break: text.Append('⏎'); break;
                case W.SoftHyphen: text.Append('\u00AD'); break;
                case W.FootnoteReference r: text.Append("[^").Append(r.Id!.Value).Append(']'); break;
                case W.FieldCode code: text.Append('{').Append(code.Text.Trim()).Append('}'); break;
            }
        }
        return text.ToString();
    }
}
