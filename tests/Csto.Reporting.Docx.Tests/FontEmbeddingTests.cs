using Csto.Testing;
using System.IO.Compression;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using Csto.Reporting.Docx.Tests.Support;
using Csto.Reporting.Fonts;
using Csto.Reporting.Themes;
using UglyToad.PdfPig;

namespace Csto.Reporting.Docx.Tests;

/// <summary>The DOCX names the theme's families and embeds those Word does not ship (PT Serif and PT Sans).</summary>
[Collection(PdfLayoutCollection.Name)]
public sealed partial class FontEmbeddingTests
{
    private static readonly XNamespace W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    private static readonly XNamespace R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    [Fact]
    public async Task The_modern_docx_embeds_every_face_of_pt_serif_and_pt_sans_deobfuscating_to_the_bundled_files()
    {
        var docx = await DocxRendering.RenderAsync(TestDocuments.Showcase(), BuiltInThemes.Modern);
        DocxInspection.ValidationErrors(docx).Should().BeEmpty();
        var table = DocxInspection.Part(docx, "word/fontTable.xml");
        var relationships = DocxInspection.Part(docx, "word/_rels/fontTable.xml.rels").Root!.Elements()
            .ToDictionary(e => (string)e.Attribute("Id")!, e => (string)e.Attribute("Target")!);
        var fonts = table.Root!.Elements(W + "font").ToList();
        fonts.Select(f => (string)f.Attribute(W + "name")!).Should().Equal("PT Serif", "PT Sans");
        using var zip = new ZipArchive(new MemoryStream(docx), ZipArchiveMode.Read);
        foreach (var (font, family) in fonts.Zip([FontFamily.PTSerif, FontFamily.PTSans]))
        {
            var embeds = font.Elements().Where(e => e.Name.LocalName.StartsWith("embed", StringComparison.Ordinal)).ToList();
            embeds.Select(e => e.Name.LocalName).Should().Equal("embedRegular", "embedBold", "embedItalic", "embedBoldItalic");
            foreach (var (embed, face) in embeds.Zip(family.Faces))
            {
                var key = (string)embed.Attribute(W + "fontKey")!;
                key.Should().MatchRegex("^{[0-9A-F]{8}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{12}}$");
                var target = relationships[(string)embed.Attribute(R + "id")!];
                var entry = zip.GetEntry(target.StartsWith('/') ? target[1..] : "word/" + target)!;
                entry.FullName.Should().EndWith(".odttf");
                using var stream = entry.Open();
                using var copy = new MemoryStream();
                await stream.CopyToAsync(copy);
                var stored = copy.ToArray();
                var original = family.Load(face).ToArray();
                stored.Skip(32).Should().Equal(original.Skip(32));
                stored.Take(32).Should().NotEqual(original.Take(32), "the first 32 bytes are obfuscated");
                Deobfuscate(stored, key).Should().Equal(original, "XORing with the key's bytes, last first, gives the font back");
            }
        }
        DocxInspection.Part(docx, "word/settings.xml").Root!.Element(W + "embedTrueTypeFonts").Should().NotBeNull();
    }

    [Fact]
    public async Task The_gost_docx_names_times_new_roman_and_embeds_nothing()
    {
        var docx = await DocxRendering.RenderAsync(TestDocuments.Showcase(), BuiltInThemes.Gost);
        DocxInspection.ValidationErrors(docx).Should().BeEmpty();
        var fonts = DocxInspection.Part(docx, "word/fontTable.xml").Root!.Elements(W + "font").ToList();
        fonts.Select(f => (string)f.Attribute(W + "name")!).Should().Equal("Times New Roman");
        fonts.Single().Elements().Should().BeEmpty();
        DocxInspection.EntryNames(docx).Should().NotContain(n => n.EndsWith(".odttf", StringComparison.Ordinal));
        DocxInspection.Part(docx, "word/settings.xml").Root!.Element(W + "embedTrueTypeFonts").Should().BeNull();
    }

    [ToolFact("soffice")]
    public async Task LibreOffice_without_pt_fonts_shows_the_modern_docx_in_pt_serif_and_pt_sans_from_the_embedded_parts()
    {
        var docx = await DocxRendering.RenderAsync(TestDocuments.Showcase(), BuiltInThemes.Modern);
        // Two LibreOffice runs: fonts embedded in one document stay registered for the rest of the process.
        var embedded = await LibreOffice.ConvertToPdfAsync(docx, "embedded", bundledFonts: false);
        var stripped = await LibreOffice.ConvertToPdfAsync(WithoutEmbeddedFonts(docx), "stripped", bundledFonts: false);
        Fonts(embedded).Should().Contain(f => f.Contains("PTSerif", StringComparison.Ordinal))
            .And.Contain(f => f.Contains("PTSans", StringComparison.Ordinal));
        Fonts(stripped).Should().NotContain(f => f.Contains("PTSerif", StringComparison.Ordinal),
            "without the embedded parts this machine has no PT Serif, so the fonts above came from the DOCX");
    }

    // ECMA-376 Part 1, §17.8.1: the key is the GUID's 32 hex digits read in pairs from the end; it XORs bytes 0–15 and 16–31.
    private static byte[] Deobfuscate(byte[] stored, string key)
    {
        var hex = key.Trim('{', '}').Replace("-", string.Empty, StringComparison.Ordinal);
        var keyBytes = Enumerable.Reverse(Convert.FromHexString(hex)).ToArray();
        return stored.Select((b, i) => i < 32 ? (byte)(b ^ keyBytes[i % 16]) : b).ToArray();
    }

    private static List<string> Fonts(byte[] pdf)
    {
        using var document = PdfDocument.Open(pdf);
        return document.GetPages().SelectMany(p => p.Letters).Select(l => l.FontName ?? string.Empty).Distinct().ToList();
    }

    private static byte[] WithoutEmbeddedFonts(byte[] docx)
    {
        using var copy = new MemoryStream();
        copy.Write(docx);
        using (var zip = new ZipArchive(copy, ZipArchiveMode.Update, leaveOpen: true))
        {
            var entry = zip.GetEntry("word/fontTable.xml")!;
            string xml;
            using (var reader = new StreamReader(entry.Open()))
            {
                xml = reader.ReadToEnd();
            }
            entry.Delete();
            using var writer = new StreamWriter(zip.CreateEntry("word/fontTable.xml").Open());
            writer.Write(EmbedElement().Replace(xml, string.Empty));
        }
        return copy.ToArray();
    }

    [GeneratedRegex("<w:embed[A-Za-z]+ [^>]*/>")]
    private static partial Regex EmbedElement();
}
