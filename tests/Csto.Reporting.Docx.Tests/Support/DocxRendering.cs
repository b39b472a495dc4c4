using Csto.Reporting.Documents;
using Csto.Reporting.Rendering;
using Csto.Reporting.Themes;

namespace Csto.Reporting.Docx.Tests.Support;

/// <summary>Renders documents to DOCX bytes.</summary>
internal static class DocxRendering
{
    /// <summary>Renders <paramref name="document"/> in <paramref name="theme"/> (ГОСТ by default).</summary>
    public static async Task<byte[]> RenderAsync(ReportDocument document, Theme? theme = null, IHeadingPageLocator? locator = null, ITableColumnSizer? sizer = null)
    {
        var renderer = new DocxReportRenderer(locator, sizer);
        using var stream = new MemoryStream();
        await renderer.RenderAsync(document, new RenderOptions { Theme = theme ?? BuiltInThemes.Gost }, stream);
        return stream.ToArray();
    }
}
