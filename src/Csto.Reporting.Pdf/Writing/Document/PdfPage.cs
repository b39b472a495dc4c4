using Csto.Reporting.Pdf.Writing.Content;
using Csto.Reporting.Pdf.Writing.Syntax;

namespace Csto.Reporting.Pdf.Writing.Document;

/// <summary>
/// A page being written: its content stream, its link annotations and what its marked content belongs to.
/// Coordinates are the layout's: points from the top left corner.
/// </summary>
internal sealed class PdfPage
{
    private readonly List<PdfStructureElement> markedContentOwners = [];
    private readonly List<LinkAnnotation> links = [];
    private PdfContentBuilder? content;

    internal PdfPage(int index, PdfReference reference, float width, float height, PdfOutput contentBuffer)
    {
        Index = index;
        Reference = reference;
        Width = width;
        Height = height;
        content = new PdfContentBuilder(height, contentBuffer);
    }

    /// <summary>The page's index, from 0.</summary>
    public int Index { get; }

    /// <summary>The page object.</summary>
    public PdfReference Reference { get; }

    /// <summary>Width in points.</summary>
    public float Width { get; }

    /// <summary>Height in points.</summary>
    public float Height { get; }

    /// <summary>The content stream, until the page is written.</summary>
    /// <exception cref="InvalidOperationException">The page has been written.</exception>
    public PdfContentBuilder Content => content ?? throw new InvalidOperationException($"Page {Index + 1} has been written.");

    /// <summary>Lets go of the content stream once it is written, so a long document keeps only each page's object number, links and marked-content owners.</summary>
    internal void Release() => content = null;

    /// <summary>The structure element owning each MCID of the page, by MCID.</summary>
    internal IReadOnlyList<PdfStructureElement> MarkedContentOwners => markedContentOwners;

    internal IReadOnlyList<LinkAnnotation> Links => links;

    /// <summary>
    /// Opens a marked-content sequence belonging to <paramref name="element"/>, with /ActualText when
    /// <paramref name="actualText"/> is given; close it with <see cref="PdfContentBuilder.EndMarkedContent"/>. A
    /// sequence with replacement text is tagged /Span (the element's type stays in the structure tree): poppler takes
    /// /ActualText only from a /Span sequence.
    /// </summary>
    public void BeginStructure(PdfStructureElement element, string? actualText = null)
    {
        ArgumentNullException.ThrowIfNull(element);
        var id = Content.BeginStructure(actualText is null ? element.Type : "Span", actualText);
        markedContentOwners.Add(element);
        element.AddMarkedContent(Index, id);
    }

    /// <summary>
    /// Adds a link annotation over a rectangle (top left corner, size) that opens <paramref name="uri"/> or goes to
    /// the named destination <paramref name="destination"/>; exactly one of the two is given.
    /// </summary>
    /// <param name="x">The left edge, in points.</param>
    /// <param name="y">The top edge, in points from the page's top.</param>
    /// <param name="width">The width, in points.</param>
    /// <param name="height">The height, in points.</param>
    /// <param name="uri">The URI opened, or null.</param>
    /// <param name="destination">The named destination gone to, or null.</param>
    /// <param name="description">The link's description (/Contents), which PDF/UA requires.</param>
    /// <param name="element">The Link structure element the annotation belongs to, when tagged.</param>
    public void AddLink(float x, float y, float width, float height, string? uri, string? destination, string description, PdfStructureElement? element)
    {
        if ((uri is null) == (destination is null))
        {
            throw new ArgumentException("A link has either a URI or a destination name.", nameof(uri));
        }
        links.Add(new LinkAnnotation(x, Height - y - height, x + width, Height - y, uri, destination, description, element));
    }

    /// <summary>A link in PDF coordinates (left, bottom, right, top).</summary>
    internal sealed record LinkAnnotation(float Left, float Bottom, float Right, float Top, string? Uri, string? Destination, string Description, PdfStructureElement? Element);
}
