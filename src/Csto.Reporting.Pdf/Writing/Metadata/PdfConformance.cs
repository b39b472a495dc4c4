namespace Csto.Reporting.Pdf.Writing.Metadata;

/// <summary>
/// The archival profile a file claims (ISO 19005): none, PDF/A-2 level B or A, or PDF/A-3 level B (which allows
/// embedded source files of any type). Level A additionally requires a tagged file.
/// </summary>
internal enum PdfArchivalLevel
{
    /// <summary>No PDF/A claim.</summary>
    None,

    /// <summary>PDF/A-2b (ISO 19005-2, basic: the look is preserved).</summary>
    PdfA2B,

    /// <summary>PDF/A-2a (ISO 19005-2, accessible: also tagged, with Unicode for every glyph).</summary>
    PdfA2A,

    /// <summary>PDF/A-3b (ISO 19005-3, basic, with embedded associated files).</summary>
    PdfA3B,
}

/// <summary>The part and conformance letter an archival level writes into XMP (<c>pdfaid:part</c>, <c>pdfaid:conformance</c>).</summary>
internal static class PdfArchivalLevels
{
    /// <summary>The PDF/A part (2 or 3), or null for <see cref="PdfArchivalLevel.None"/>.</summary>
    public static int? Part(this PdfArchivalLevel level) => level switch
    {
        PdfArchivalLevel.PdfA2B or PdfArchivalLevel.PdfA2A => 2,
        PdfArchivalLevel.PdfA3B => 3,
        _ => null,
    };

    /// <summary>The conformance letter (<c>A</c> or <c>B</c>), or null for <see cref="PdfArchivalLevel.None"/>.</summary>
    public static string? Conformance(this PdfArchivalLevel level) => level switch
    {
        PdfArchivalLevel.PdfA2A => "A",
        PdfArchivalLevel.PdfA2B or PdfArchivalLevel.PdfA3B => "B",
        _ => null,
    };
}
