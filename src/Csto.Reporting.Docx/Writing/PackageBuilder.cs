using Csto.Reporting.Documents;
using Csto.Reporting.Docx.Parts;
using Csto.Reporting.Docx.Styles;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace Csto.Reporting.Docx.Writing;

/// <summary>
/// Assembles the WordprocessingML package of one document: main document, styles, settings, font table (with
/// embedded fonts), sections with their headers and footers, footnotes, numbering and properties, each part under an
/// explicit, sequential id.
/// </summary>
internal static class PackageBuilder
{
    private const string MainContentType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml";

    /// <summary>Writes the package of <paramref name="state"/>'s document to <paramref name="stream"/>.</summary>
    public static void Build(RenderState state, Stream stream, CancellationToken cancellationToken)
    {
        var document = state.Document;
        var language = document.Metadata.IsEnglish ? "en-US" : "ru-RU";
        using var package = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document, autoSave: true);
        var main = package.AddNewPart<MainDocumentPart>(MainContentType, "rId1");

        main.AddNewPart<StyleDefinitionsPart>(state.NextRelationshipId()).Styles = StylesBuilder.Build(state.Theme, language);
        var hasToc = document.Sections.SelectMany(s => s.Blocks).SelectMany(DocumentWalker.DescendantsAndSelf).Any(b => b is TableOfContents);
        main.AddNewPart<DocumentSettingsPart>(state.NextRelationshipId()).Settings = SettingsBuilder.Build(
            state.Theme.Hyphenate, language, document.Footnotes.Count > 0, updateFields: hasToc && state.HeadingPages is null,
            embedFonts: FontTableBuilder.Embeds(state.Theme));

        var body = new W.Body();
        var writer = new DocxWriter(state, main);
        for (var i = 0; i < document.Sections.Count; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var section = document.Sections[i];
            state.CurrentPage = section.PageSetup ?? state.Theme.PageSetup;
            writer.WriteBlocks(section.Blocks, body, BlockScope.Body);
            var references = HeaderFooterBuilder.Add(writer, section, i == 0, out var titlePage);
            var properties = SectionPropertiesBuilder.Build(state.CurrentPage, references, titlePage);
            if (i < document.Sections.Count - 1)
            {
                var carrier = new W.Paragraph(new W.ParagraphProperties(properties));
                body.Append(carrier);
            }
            else
            {
                body.Append(properties);
            }
        }
        FootnotesBuilder.Add(state, main);
        if (!state.Numbering.IsEmpty)
        {
            main.AddNewPart<NumberingDefinitionsPart>(state.NextRelationshipId()).Numbering = state.Numbering.Build(state.Theme);
        }
        FontTableBuilder.Add(state.Theme, main, state.NextRelationshipId());
        main.Document = new W.Document(body);
        PropertiesWriter.Add(package, document.Metadata);
    }
}
