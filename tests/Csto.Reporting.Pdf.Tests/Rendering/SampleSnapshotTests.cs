using System.Globalization;
using System.Text;
using Csto.Reporting.Documents;
using Csto.Reporting.Generation;
using Csto.Reporting.Inputs;
using Csto.Reporting.Pdf.Tests.TestSupport;
using Csto.Reporting.Rendering;
using Csto.Reporting.Templates;
using Csto.Testing;
using UglyToad.PdfPig;

namespace Csto.Reporting.Pdf.Tests.Rendering;

/// <summary>
/// Every sample (data files with every template of their kind, Markdown files as they are) and the showcase document in both themes: page count,
/// metadata and the text of each page, and the pages as PNG at 50 DPI compared with a tolerance.
/// </summary>
public sealed class SampleSnapshotTests
{
    public static TheoryData<string, string> Cases() => SampleCases.TheoryData();

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Sample_renders_as_verified(string file, string template) =>
        await Verify("samples/" + SampleCases.Name(file, template), SampleCases.Build(file, template));

    [Theory]
    [InlineData("gost")]
    [InlineData("modern")]
    public async Task Showcase_renders_as_verified(string theme) =>
        await Verify("showcase/" + theme, Samples.Showcase(theme));

    private static async Task Verify(string name, ReportDocument document)
    {
        var options = Render.Options(document) with { PngDpi = 50 };
        var pdf = new PdfReportRenderer().Render(document, options);
        Snapshot.VerifyText(name + ".pdf", Describe(pdf));
        var pages = await new PngReportRenderer().RenderPagesAsync(document, options);
        Snapshot.VerifyPngPages(name, pages);
    }

    private static string Describe(byte[] pdf)
    {
        using var document = PdfDocument.Open(pdf);
        var text = new StringBuilder();
        var info = document.Information;
        text.AppendLine(CultureInfo.InvariantCulture, $"pages: {document.NumberOfPages}");
        text.AppendLine(CultureInfo.InvariantCulture, $"title: {info.Title}");
        text.AppendLine(CultureInfo.InvariantCulture, $"subject: {info.Subject}");
        text.AppendLine(CultureInfo.InvariantCulture, $"author: {info.Author}");
        text.AppendLine(CultureInfo.InvariantCulture, $"keywords: {info.Keywords}");
        text.AppendLine(CultureInfo.InvariantCulture, $"created: {info.CreationDate}");
        foreach (var page in document.GetPages())
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"--- page {page.Number} ({page.Width:0.#} × {page.Height:0.#} pt)");
            foreach (var line in page.GetWords().GroupBy(w => Math.Round(w.BoundingBox.Bottom, 0)).OrderByDescending(g => g.Key))
            {
                text.AppendLine(string.Join(" ", line.OrderBy(w => w.BoundingBox.Left).Select(w => w.Text)));
            }
        }
        return text.ToString();
    }
}
