using Csto.Reporting.Pdf.Writing.Syntax;

namespace Csto.Reporting.Pdf.Writing.Document;

/// <summary>
/// A structure element (ISO 32000-1 §14.7.2) being collected while pages are written: its standard type
/// (Document, H1, P, Table, TH, Figure, Link, …), attributes, and its kids in reading order — child elements,
/// marked-content sequences on a page (by MCID) and annotations (object references).
/// </summary>
internal sealed class PdfStructureElement
{
    private readonly List<Kid> kids = [];

    internal PdfStructureElement(PdfReference reference, string type, PdfStructureElement? parent)
    {
        Reference = reference;
        Type = type;
        Parent = parent;
    }

    /// <summary>The element's object.</summary>
    public PdfReference Reference { get; }

    /// <summary>The standard structure type (§14.8.4), such as <c>P</c> or <c>H1</c>.</summary>
    public string Type { get; }

    /// <summary>The parent element, or null for the root element.</summary>
    public PdfStructureElement? Parent { get; }

    /// <summary>Alternative text (/Alt), required for figures.</summary>
    public string? AlternativeText { get; init; }

    /// <summary>The language of the element's content (/Lang), when it differs from the document's.</summary>
    public string? Language { get; init; }

    /// <summary>Replacement text (/ActualText).</summary>
    public string? ActualText { get; init; }

    /// <summary>The /Scope of a table header cell (<c>Row</c>, <c>Column</c>, <c>Both</c>), written as a Table attribute.</summary>
    public string? Scope { get; init; }

    /// <summary>The element identifier (/ID), unique in the document, or null.</summary>
    public string? Id { get; init; }

    /// <summary>The kids in reading order.</summary>
    internal IReadOnlyList<Kid> Kids => kids;

    internal void AddElement(PdfStructureElement child) => kids.Add(new Kid(child, -1, -1, null));

    internal void AddMarkedContent(int pageIndex, int markedContentId) => kids.Add(new Kid(null, pageIndex, markedContentId, null));

    internal void AddAnnotation(int pageIndex, PdfReference annotation) => kids.Add(new Kid(null, pageIndex, -1, annotation));

    /// <summary>One kid: an element, a marked-content reference (page, MCID) or an object reference (page, annotation).</summary>
    internal readonly record struct Kid(PdfStructureElement? Element, int PageIndex, int MarkedContentId, PdfReference? Annotation);
}
