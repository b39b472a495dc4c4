using Csto.Reporting.Documents;
using Csto.Reporting.Docx.Styles;
using Csto.Reporting.Docx.Writing;
using DocumentFormat.OpenXml;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace Csto.Reporting.Docx.Blocks;

/// <summary>
/// A heading → a Heading1–4 paragraph (outline level from the style) wrapped in a bookmark named after its
/// anchor. A numbered heading gets real multilevel numbering when Word's counters give the same number,
/// otherwise its number as text.
/// </summary>
internal sealed class HeadingRenderer : BlockRenderer<Heading>
{
    protected override void Write(DocxWriter writer, Heading block, OpenXmlCompositeElement container, BlockScope scope)
    {
        var state = writer.State;
        (int, int)? numbering = null;
        var literalNumber = block.Number;
        if (block.Number is { Length: > 0 } number)
        {
            bool? dot = state.Numbering.HasHeadingNumbering ? state.Numbering.HeadingTrailingDot : null;
            if (state.HeadingNumbers.TryAdvance(block.Level, number, dot))
            {
                numbering = (state.Numbering.HeadingNumId(number.EndsWith('.')), block.Level - 1);
                literalNumber = null;
            }
        }
        var headingScope = new BlockScope { Numbering = numbering };
        var paragraph = ParagraphFactory.Create(StyleIds.Heading(block.Level), headingScope);
        var bookmark = state.PlaceBookmark(block.Anchor);
        var bookmarkId = bookmark is null ? null : state.NextBookmarkId();
        if (bookmark is not null)
        {
            paragraph.Append(new W.BookmarkStart { Id = bookmarkId, Name = bookmark });
        }
        if (literalNumber is { Length: > 0 })
        {
            paragraph.Append(RunFactory.Text(literalNumber + " ", scope.Run));
        }
        writer.WriteInlines(block.Content, paragraph, scope.Run);
        if (bookmark is not null)
        {
            paragraph.Append(new W.BookmarkEnd { Id = bookmarkId });
        }
        container.Append(paragraph);
    }
}
