using Csto.Testing;
using System.Text;
using Csto.Reporting.Pdf.Tests.TestSupport;
using Csto.Reporting.Rendering;

namespace Csto.Reporting.Pdf.Tests.Writing;

/// <summary>The PDF/A clauses that apply to what we write, checked on rendered documents (see ConformanceSelfCheck).</summary>
public class ConformanceTests
{
    [Fact]
    public void A_tagged_pdf_a_file_meets_the_checked_clauses_of_pdf_a_2a()
    {
        var showcase = Samples.Showcase();
        var pdf = new PdfReportRenderer().Render(showcase, Render.Options(showcase, pdfA: true));
        ConformanceSelfCheck.Check(pdf, 2, "A").Should().BeEmpty();
    }

    [Fact]
    public void An_untagged_pdf_a_file_meets_the_checked_clauses_of_pdf_a_2b()
    {
        var showcase = Samples.Showcase("modern");
        var pdf = new PdfReportRenderer().Render(showcase, Render.Options(showcase, pdfA: true) with { Tagged = false });
        ConformanceSelfCheck.Check(pdf, 2, "B").Should().BeEmpty();
    }

    [Fact]
    public void A_file_with_its_source_embedded_meets_the_checked_clauses_of_pdf_a_3b()
    {
        var showcase = Samples.Showcase();
        var source = new EmbeddedSource("showcase.md", "text/markdown", Encoding.UTF8.GetBytes("# Витрина\n"));
        var pdf = new PdfReportRenderer().Render(showcase, Render.Options(showcase, pdfA: true) with { EmbeddedSource = source });
        ConformanceSelfCheck.Check(pdf, 3, "B").Should().BeEmpty();
    }

    [Fact]
    public void The_check_finds_what_a_file_without_the_pdf_a_parts_lacks()
    {
        var showcase = Samples.Showcase();
        var pdf = new PdfReportRenderer().Render(showcase, Render.Options(showcase) with { Tagged = false });
        var problems = ConformanceSelfCheck.Check(pdf, 2, "A");
        problems.Should().Contain(p => p.StartsWith("6.2.4.3:", StringComparison.Ordinal), "no output intent is written without --pdfa");
        problems.Should().Contain(p => p.StartsWith("6.6.4:", StringComparison.Ordinal), "no pdfaid is claimed");
        problems.Should().Contain(p => p.StartsWith("6.7.2.2:", StringComparison.Ordinal), "the file is not tagged");
        problems.Should().Contain(p => p.StartsWith("6.7.3.3:", StringComparison.Ordinal));
    }

    [ToolFact("qpdf", "pdfinfo")]
    public void Qpdf_and_pdfinfo_accept_the_tagged_archival_file_and_show_its_structure()
    {
        var showcase = Samples.Showcase();
        var pdf = new PdfReportRenderer().Render(showcase, Render.Options(showcase, pdfA: true));
        var (code, output) = PdfTools.Run("qpdf", pdf, "--check", "{file}");
        code.Should().Be(0, output);
        output.Should().Contain("No syntax or stream encoding errors").And.NotContain("WARNING");
        var (infoCode, info) = PdfTools.Run("pdfinfo", pdf, "-struct", "{file}");
        infoCode.Should().Be(0, info);
        info.Split('\n')[0].Should().Be("Document");
    }
}
