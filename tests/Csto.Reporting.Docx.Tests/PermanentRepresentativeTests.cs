using Csto.Domain.Documents;
using Csto.Reporting.Docx.Tests.Support;
using Csto.Reporting.Generation;
using Csto.Reporting.Pdf;
using Csto.Reporting.Rendering;
using Csto.Reporting.Templates;
using NodaTime;
using UglyToad.PdfPig;

namespace Csto.Reporting.Docx.Tests;

/// <summary>
/// A signatory by catalog post of a state (a permanent representative) prints the office with the signatory's
/// state from the catalog, in the PDF and the DOCX, from the Russian and the English template (issue 12).
/// </summary>
public sealed class PermanentRepresentativeTests
{
    private static readonly ReportGenerator Generator = new(TemplateCatalog.Embedded,
        [new PdfReportRenderer(), new DocxReportRenderer(new PdfLayoutLocator())]);

    private static readonly Decision Record = new("О плане работы Постоянного совета", "permanent-council", new LocalDate(2025, 11, 27),
        paragraphs: ["Утвердить план работы."],
        signatories: [new Signatory("AM", postId: "permanent-representative"), new Signatory("KG", postId: "permanent-representative")],
        englishTitle: "On the work plan of the Permanent Council");

    [Theory]
    [InlineData("decision", "Постоянный и полномочный представитель Республики Армения при ОДКБ", "Постоянный и полномочный представитель Кыргызской Республики при ОДКБ")]
    [InlineData("decision.en", "Permanent and Plenipotentiary Representative of the Republic of Armenia to the CSTO", "Permanent and Plenipotentiary Representative of the Kyrgyz Republic to the CSTO")]
    public async Task The_office_names_the_signatorys_state_in_the_pdf_and_the_docx(string template, string armenia, string kyrgyzstan)
    {
        var pdf = await RenderAsync(template, ReportFormat.Pdf);
        using (var document = PdfDocument.Open(pdf))
        {
            var words = Words(string.Join(' ', document.GetPages().SelectMany(p => p.GetWords()).Select(w => w.Text)));
            words.Should().Contain(Words(armenia)).And.Contain(Words(kyrgyzstan));
            words.Should().NotContain(Words(template == "decision" ? "представитель при ОДКБ" : "Representative to the CSTO"));
        }
        var docx = Words(DocxInspection.PlainText(await RenderAsync(template, ReportFormat.Docx)));
        docx.Should().Contain(Words(armenia)).And.Contain(Words(kyrgyzstan));
    }

    private static async Task<byte[]> RenderAsync(string template, ReportFormat format)
    {
        using var stream = new MemoryStream();
        await Generator.RenderAsync(template, Record, format, stream);
        return stream.ToArray();
    }

    /// <summary>Words separated by single spaces; a hyphen that breaks a word at a line end in the PDF is not expected in these names.</summary>
    private static string Words(string text) => " " + string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)) + " ";
}
