namespace Csto.Reporting.Rendering;

/// <summary>
/// A renderer of one output format, as the report generator takes it: an <see cref="IReportRenderer"/> writes a
/// document into one stream (PDF, DOCX), an <see cref="IPageImageRenderer"/> writes one stream per page (PNG).
/// </summary>
public interface IFormatRenderer
{
    /// <summary>The format this renderer writes.</summary>
    ReportFormat Format { get; }
}
