using Csto.Reporting.Documents;
using Csto.Reporting.Rendering;
using Csto.Reporting.Themes;

namespace Csto.Reporting.Pdf.Tests.TestSupport;

/// <summary>Renders test documents (results cached per document instance and options, the rendering being deterministic).</summary>
internal static class Render
{
    private static readonly Dictionary<(ReportDocument, RenderOptions), byte[]> Cache = new();
    private static readonly object Gate = new();

    public static RenderOptions Options(ReportDocument document, bool pdfA = false) => new()
    {
        Theme = document.ThemeName is { } name ? BuiltInThemes.ByName(name) : BuiltInThemes.Gost,
        PdfA = pdfA,
    };

    public static byte[] Pdf(ReportDocument document, RenderOptions? options = null)
    {
        options ??= Options(document);
        lock (Gate)
        {
            if (Cache.TryGetValue((document, options), out var cached))
            {
                return cached;
            }
        }
        var bytes = new PdfReportRenderer().Render(document, options);
        lock (Gate)
        {
            Cache[(document, options)] = bytes;
        }
        return bytes;
    }
}
