using Csto.Reporting.Docx.Styles;
using Csto.Reporting.Docx.Writing;
using DocumentFormat.OpenXml.Packaging;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace Csto.Reporting.Docx.Parts;

/// <summary>
/// The footnotes part: the separator (id −1) and continuation separator (id 0) Word expects, then each
/// footnote under its number as id, in Footnote Text with its footnote mark and a no-break space first (as the PDF sets it).
/// </summary>
internal static class FootnotesBuilder
{
    /// <summary>Adds the footnotes part when the document has footnotes.</summary>
    public static void Add(RenderState state, MainDocumentPart main)
    {
        if (state.Document.Footnotes.Count == 0)
        {
            return;
        }
        var part = main.AddNewPart<FootnotesPart>(state.NextRelationshipId());
        var footnotes = new W.Footnotes(
            Separator(-1, W.FootnoteEndnoteValues.Separator, new W.SeparatorMark()),
            Separator(0, W.FootnoteEndnoteValues.ContinuationSeparator, new W.ContinuationSeparatorMark()));
        var writer = new DocxWriter(state, part);
        var scope = new BlockScope { BodyStyle = StyleIds.FootnoteText };
        foreach (var note in state.Document.Footnotes)
        {
            var footnote = new W.Footnote { Id = note.Number };
            writer.WriteBlocks(note.Blocks, footnote, scope);
            var first = footnote.Elements<W.Paragraph>().FirstOrDefault();
            if (first is null)
            {
                first = ParagraphFactory.Create(StyleIds.FootnoteText, BlockScope.Body);
                footnote.PrependChild(first);
            }
            var mark = RunFactory.Of(new W.FootnoteReferenceMark(), new RunFormat(false, false, StyleIds.FootnoteReference));
            if (first.ParagraphProperties is { } properties)
            {
                properties.InsertAfterSelf(mark);
            }
            else
            {
                first.PrependChild(mark);
            }
            mark.InsertAfterSelf(RunFactory.Text("\u00A0", RunFormat.Plain));
            footnotes.Append(footnote);
        }
        part.Footnotes = footnotes;
    }

    private static W.Footnote Separator(long id, W.FootnoteEndnoteValues type, DocumentFormat.OpenXml.OpenXmlElement mark) =>
        new(new W.Paragraph(
            new W.ParagraphProperties(new W.SpacingBetweenLines { After = "0", Line = "240", LineRule = W.LineSpacingRuleValues.Auto }, new W.Indentation { FirstLine = "0" }),
            new W.Run(mark)))
        { Type = type, Id = id };
}
