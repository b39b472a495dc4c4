namespace Csto.Reporting.Rendering;

/// <summary>An output format.</summary>
public enum ReportFormat
{
    /// <summary>Print-quality PDF.</summary>
    Pdf,
    /// <summary>Editable Word document.</summary>
    Docx,
    /// <summary>PNG images, one per page.</summary>
    Png,
}
