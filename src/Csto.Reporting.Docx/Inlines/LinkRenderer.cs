using Csto.Reporting.Documents;
using Csto.Reporting.Docx.Styles;
using Csto.Reporting.Docx.Writing;
using DocumentFormat.OpenXml;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace Csto.Reporting.Docx.Inlines;

/// <summary>
/// A link → w:hyperlink: to an external relationship for a URI, to a bookmark (w:anchor) for <c>#anchor</c>.
/// A link to an anchor no heading has, or to a malformed URI, keeps its text without the link.
/// </summary>
internal sealed class LinkRenderer : InlineRenderer<Link>
{
    protected override void Write(DocxWriter writer, Link inline, OpenXmlCompositeElement target, RunFormat format)
    {
        var hyperlink = new W.Hyperlink { History = true };
        if (inline.IsInternal)
        {
            var bookmark = writer.State.Bookmarks.Find(inline.Target[1..]);
            if (bookmark is null)
            {
                writer.WriteInlines(inline.Content, target, format);
                return;
            }
            hyperlink.Anchor = bookmark;
        }
        else if (Uri.TryCreate(inline.Target, UriKind.Absolute, out var uri))
        {
            var id = writer.State.NextRelationshipId();
            writer.Part.AddHyperlinkRelationship(uri, true, id);
            hyperlink.Id = id;
        }
        else
        {
            writer.WriteInlines(inline.Content, target, format);
            return;
        }
        writer.WriteInlines(inline.Content, hyperlink, format with { CharacterStyle = StyleIds.Hyperlink });
        target.Append(hyperlink);
    }
}
