using Csto.Reporting.Documents;
using Csto.Reporting.Docx.Styles;
using Csto.Reporting.Docx.Writing;
using DocumentFormat.OpenXml;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace Csto.Reporting.Docx.Blocks;

/// <summary>
/// A signature block → a borderless two-column table: the office on the left (its lines broken with w:br),
/// the name on the right, aligned right and to the bottom. Rows cannot split and every paragraph but the last
/// keeps with the next, so the block stays on one page; what precedes it (a place-and-date line and the last two
/// paragraphs of text) keeps with it too (<see cref="KeepPreviousWithNext"/>), as in the PDF.
/// </summary>
internal sealed class SignatureBlockRenderer : BlockRenderer<SignatureBlock>
{
    private const double OfficeShare = 0.6;

    protected override void Write(DocxWriter writer, SignatureBlock block, OpenXmlCompositeElement container, BlockScope scope)
    {
        var width = Units.Twips(writer.State.CurrentPage.ContentWidth - (scope.LeftIndent ?? 0));
        var office = (int)Math.Round(width * OfficeShare);
        var table = new W.Table(
            BorderlessTable.Properties(width),
            new W.TableGrid(new W.GridColumn { Width = Units.Text(office) }, new W.GridColumn { Width = Units.Text(width - office) }));
        for (var i = 0; i < block.Signatories.Count; i++)
        {
            var signatory = block.Signatories[i];
            var keep = i < block.Signatories.Count - 1;
            var officeParagraph = ParagraphFactory.Create(StyleIds.Signature, BlockScope.Body, keepNext: keep);
            var lines = signatory.Office.Split('\n');
            for (var line = 0; line < lines.Length; line++)
            {
                if (line > 0)
                {
                    officeParagraph.Append(RunFactory.Of(new W.Break(), scope.Run));
                }
                officeParagraph.Append(RunFactory.Text(lines[line], scope.Run));
            }
            var nameParagraph = ParagraphFactory.Create(StyleIds.SignatureName, BlockScope.Body, keepNext: keep);
            if (signatory.Name.Length > 0)
            {
                nameParagraph.Append(RunFactory.Text(signatory.Name, scope.Run));
            }
            table.Append(new W.TableRow(
                new W.TableRowProperties(new W.CantSplit()),
                BorderlessTable.Cell(office, W.TableVerticalAlignmentValues.Top, officeParagraph),
                BorderlessTable.Cell(width - office, W.TableVerticalAlignmentValues.Bottom, nameParagraph)));
        }
        KeepPreviousWithNext(container);
        TableRenderer.SeparateFromPreviousTable(container);
        container.Append(table);
    }

    /// <summary>
    /// Keeps what the container ends with on the page of the block that follows (a signature block or a
    /// place-and-date line): a place-and-date line and a signature block there, and the last two paragraphs of text
    /// before them, so at least two lines of text come along even when the last paragraph is one line (Word's widow
    /// control keeps two lines of a longer one together); a signature block before them keeps all its rows with it.
    /// </summary>
    public static void KeepPreviousWithNext(OpenXmlCompositeElement container)
    {
        var element = container.LastChild;
        for (var text = 0; text < 2 && element is not null; element = element.PreviousSibling())
        {
            if (element is W.Paragraph paragraph)
            {
                SetKeepNext(paragraph);
                if (paragraph.ParagraphProperties?.ParagraphStyleId?.Val?.Value != StyleIds.PlaceAndDate)
                {
                    text++;
                }
            }
            else if (element is W.Table table && table.Descendants<W.ParagraphStyleId>().Any(s => s.Val?.Value == StyleIds.Signature))
            {
                foreach (var inner in table.Descendants<W.Paragraph>())
                {
                    SetKeepNext(inner);
                }
            }
            else
            {
                return;
            }
        }
    }

    private static void SetKeepNext(W.Paragraph paragraph)
    {
        var properties = paragraph.ParagraphProperties ?? paragraph.PrependChild(new W.ParagraphProperties());
        properties.KeepNext ??= new W.KeepNext();
    }
}
