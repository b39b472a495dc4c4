using Csto.Reporting.Pdf.Drawing;

namespace Csto.Reporting.Pdf.Pagination;

/// <summary>Where finished pages go: a PDF document, PNG files. Pages are drawn as soon as they are laid out, never kept.</summary>
internal interface IPageSink
{
    /// <summary>Starts a page of the given size in points and returns the canvas to draw on.</summary>
    PageCanvas BeginPage(float width, float height);

    /// <summary>Finishes the page begun last.</summary>
    void EndPage();
}
