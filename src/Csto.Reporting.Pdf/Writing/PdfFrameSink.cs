using Csto.Reporting.Documents;
using Csto.Reporting.Fonts;
using Csto.Reporting.Pdf.Frames;
using Csto.Reporting.Pdf.Pagination;
using Csto.Reporting.Pdf.Writing.Content;
using Csto.Reporting.Pdf.Writing.Document;
using Csto.Reporting.Pdf.Writing.Metadata;

namespace Csto.Reporting.Pdf.Writing;

/// <summary>
/// The PDF page sink: writes each page frame with the library's own PDF writer as it arrives — glyph runs through
/// subset Identity-H fonts with ToUnicode, lines, pictures (JPEG passed through, others lossless), clips, links and
/// named destinations — and, when tagged, wraps content in marked-content sequences of the structure elements the
/// frames name and artifacts in /Artifact sequences; glyphs with replacement text (the parts of a hyphenated word) in
/// a marked-content sequence of their own with the element's MCID and /ActualText (a /Span with /ActualText
/// when untagged or in an artifact). At the end it writes the outline from the placed headings and
/// the document-level parts, and holds the file's bytes.
/// </summary>
internal sealed class PdfFrameSink(PdfArchivalLevel level, bool tagged, PdfAttachment? source) : IPageSink, IDisposable
{
    /// <summary>The producer written in Info and XMP (no version or time, so output stays byte-identical).</summary>
    public const string Producer = "Csto.Reporting.Pdf";

    // The element made for each structure node, by the node's ordinal (nodes of one tree).
    private readonly List<PdfStructureElement?> elements = [];
    private StructureNode? tree;
    private PdfDocumentWriter? writer;
    private PdfPage? page;
    private Mark? open;
    private byte[]? bytes;

    /// <summary>The finished file.</summary>
    /// <exception cref="InvalidOperationException">The document has not ended.</exception>
    public byte[] Bytes => bytes ?? throw new InvalidOperationException("The PDF is not finished.");

    /// <inheritdoc />
    public void Begin(DocumentMetadata metadata)
    {
        ArgumentNullException.ThrowIfNull(metadata);
        var date = metadata.Date is { } day ? new DateTime(day.Year, day.Month, day.Day, 0, 0, 0, DateTimeKind.Utc) : (DateTime?)null;
        var information = new PdfDocumentInformation(
            metadata.Title, metadata.Author, metadata.Subject, metadata.Keywords, "Csto.Reporting", Producer, date, metadata.Language);
        writer = new PdfDocumentWriter(information, level, tagged);
    }

    /// <inheritdoc />
    public void Page(PageFrame frame)
    {
        ArgumentNullException.ThrowIfNull(frame);
        var document = Writer;
        page = document.BeginPage(frame.Width, frame.Height);
        open = null;
        Write(frame.Items);
        Close();
        document.EndPage();
        page = null;
    }

    /// <inheritdoc />
    public void End(LayoutResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var outline = result.Headings
            .Select(h => new PdfOutlineItem(h.Title, h.Level, h.Page - 1, Math.Max(0, h.PageHeight - h.Top)))
            .ToList();
        bytes = Writer.Finish(outline, [new PdfPageLabelRange(0, "D", null)], source is null ? [] : [source]);
    }

    /// <inheritdoc />
    public void Dispose()
    {
        // Nothing native is held: fonts are subset into managed arrays when the document ends.
    }

    private PdfDocumentWriter Writer => writer ?? throw new InvalidOperationException("The PDF sink has not begun.");

    private PdfPage CurrentPage => page ?? throw new InvalidOperationException("No page is open.");

    private void Write(IReadOnlyList<FrameItem> items)
    {
        var content = CurrentPage.Content;
        foreach (var item in items)
        {
            switch (item)
            {
                case GlyphRun run:
                    var font = Writer.Font(run.Font, run.Font.Family.Load(run.Font.Face));
                    // Replacement text inside a structure element gets a marked-content sequence of its own carrying
                    // both the element's MCID and /ActualText: a /Span nested in the element's sequence would end
                    // the MCID's text at its EMC for poppler (pdfinfo -struct-text). The element's text then goes on
                    // in a new MCID. Elsewhere (untagged, artifacts) a /Span carries the replacement text.
                    var own = tagged && run.ActualText is not null && run.Mark.Artifact is null;
                    if (own)
                    {
                        Close();
                        CurrentPage.BeginStructure(Element(run.Mark.Node!), run.ActualText);
                    }
                    else
                    {
                        Enter(run.Mark);
                        if (run.ActualText is not null)
                        {
                            content.BeginSpan(run.ActualText, null);
                        }
                    }
                    content.ShowGlyphs(
                        font, run.Size, 0, run.Baseline, AsArray(run.Glyphs), AsArray(run.Positions), Color(run.Color),
                        run.Utf8.Span, AsArray(run.Clusters), run.HorizontalScale);
                    if (run.ActualText is not null)
                    {
                        content.EndMarkedContent();
                    }
                    break;
                case Line line:
                    Enter(line.Mark);
                    content.Line(line.X1, line.Y1, line.X2, line.Y2, line.Width, Color(line.Color));
                    break;
                case Picture picture:
                    Enter(picture.Mark);
                    var image = Writer.Image(picture.Source, picture.Data);
                    content.DrawImage(image, picture.Area.Left, picture.Area.Top, picture.Area.Width, picture.Area.Height);
                    break;
                case VectorPicture vector:
                    Enter(vector.Mark);
                    content.DrawVector(vector.Drawing, vector.Area.Left, vector.Area.Top, vector.Scale);
                    break;
                case LinkArea link:
                    var area = link.Area;
                    CurrentPage.AddLink(
                        area.Left, area.Top, area.Width, area.Height,
                        link.Anchor is null ? link.Target : null, link.Anchor, link.Mark.Node?.Contents ?? link.Target, tagged ? LinkElement(link.Mark) : null);
                    break;
                case NamedDestination destination:
                    Writer.AddDestination(destination.Name, destination.X, destination.Y);
                    break;
                case Clip clip:
                    Close();
                    content.BeginClip(clip.Area.Left, clip.Area.Top, clip.Area.Width, clip.Area.Height);
                    Write(clip.Items);
                    Close();
                    content.EndClip();
                    break;
            }
        }
    }

    // Consecutive items of one mark share one marked-content sequence; untagged files carry no marks at all.
    private void Enter(Mark mark)
    {
        if (!tagged || ReferenceEquals(open, mark))
        {
            return;
        }
        Close();
        if (mark.Artifact is { } kind)
        {
            CurrentPage.Content.BeginArtifact(kind is ArtifactKind.RunningHeader or ArtifactKind.PageNumber or ArtifactKind.RepeatedHeader ? "Pagination" : "Layout");
        }
        else
        {
            CurrentPage.BeginStructure(Element(mark.Node!));
        }
        open = mark;
    }

    private void Close()
    {
        if (open is not null)
        {
            CurrentPage.Content.EndMarkedContent();
            open = null;
        }
    }

    private PdfStructureElement? LinkElement(Mark mark) => mark.Node is { } node ? Element(node) : null;

    // Elements are created on first use, parents first, so each parent lists its children in reading order.
    private PdfStructureElement Element(StructureNode node)
    {
        tree ??= node.Root;
        if (!ReferenceEquals(node.Root, tree))
        {
            throw new InvalidOperationException("The pages of one document must mark their content with nodes of one structure tree.");
        }
        if (node.Ordinal < elements.Count && elements[node.Ordinal] is { } made)
        {
            return made;
        }
        var root = Writer.StructureRoot!;
        if (node.Parent is null)
        {
            Remember(node, root);
            return root;
        }
        var alternative = node.AltText;
        var element = Writer.AddStructure(
            Element(node.Parent), node.Role.ToString(), alternative, node.Language, node.ActualText,
            node.Scope?.ToString(), node.Id);
        Remember(node, element);
        return element;
    }

    private void Remember(StructureNode node, PdfStructureElement element)
    {
        while (elements.Count <= node.Ordinal)
        {
            elements.Add(null);
        }
        elements[node.Ordinal] = element;
    }

    private static PdfColor Color(FrameColor color) => new(color.Red, color.Green, color.Blue);

    private static T[] AsArray<T>(IReadOnlyList<T> list) => list as T[] ?? [.. list];
}
