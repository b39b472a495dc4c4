using System.Text;
using Csto.Reporting.Pdf.PdfFile;
using static Csto.Reporting.Pdf.Tests.PdfFile.PdfTestReading;

namespace Csto.Reporting.Pdf.Tests.PdfFile;

public sealed class PdfIncrementalUpdaterInputTests
{
    private static readonly PdfCatalogAdditions Additions = new()
    {
        Language = "ru-RU",
        Outline = [new("Раздел 1", 1, 0, 800), new("Раздел 1.1", 2, 1, 500)],
    };

    [Fact]
    public void The_same_input_gives_the_same_bytes()
    {
        Apply(SkiaTestPdfs.Small, Additions).Should().Equal(Apply(SkiaTestPdfs.Small, Additions));
    }

    [Fact]
    public void Nothing_to_add_writes_the_input_unchanged()
    {
        Apply(SkiaTestPdfs.Small, PdfCatalogAdditions.None).Should().Equal(SkiaTestPdfs.Small);
        Apply(SkiaTestPdfs.Small, new PdfCatalogAdditions { OpenOutlinePane = false }).Should().Equal(SkiaTestPdfs.Small);
    }

    [Theory]
    [InlineData("")]
    [InlineData("garbage, not a PDF at all")]
    [InlineData("%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\n")]
    [InlineData("%PDF-1.4\nstartxref\n999999\n%%EOF\n")]
    [InlineData("%PDF-1.4\nstartxref\n9\n%%EOF\n")]
    public void Garbage_is_rejected_and_nothing_is_written(string input)
    {
        using var output = new MemoryStream();

        var apply = () => PdfIncrementalUpdater.Apply(Encoding.ASCII.GetBytes(input), Additions, output);

        apply.Should().Throw<PdfFormatException>().Which.Message.Should().NotBeNullOrWhiteSpace();
        output.Length.Should().Be(0);
    }

    [Fact]
    public void A_truncated_file_is_rejected()
    {
        var truncated = SkiaTestPdfs.Small.AsSpan(0, SkiaTestPdfs.Small.Length / 2).ToArray();

        var apply = () => Apply(truncated, Additions);

        apply.Should().Throw<PdfFormatException>().WithMessage("*startxref*");
    }

    [Fact]
    public void A_broken_xref_offset_is_rejected_with_the_offset()
    {
        var text = Encoding.Latin1.GetString(SkiaTestPdfs.Small);
        var xref = text.LastIndexOf("\nxref", StringComparison.Ordinal) + 1;
        var broken = Encoding.Latin1.GetBytes(text[..xref] + "XREF" + text[(xref + 4)..]);

        var apply = () => Apply(broken, Additions);

        apply.Should().Throw<PdfFormatException>().Which.Offset.Should().Be(xref);
    }

    [Fact]
    public void Cross_reference_streams_are_rejected_with_a_clear_message()
    {
        var compressed = Recompress(SkiaTestPdfs.Small);

        var apply = () => Apply(compressed, Additions);

        apply.Should().Throw<PdfFormatException>().WithMessage("*cross-reference stream*only classic 'xref' tables*");
    }

    [Fact]
    public void An_outline_entry_beyond_the_last_page_is_rejected_and_nothing_is_written()
    {
        using var output = new MemoryStream();
        var additions = new PdfCatalogAdditions { Outline = [new("Раздел", 1, 0, 10), new("Лишний", 1, 5, 10)] };

        var apply = () => PdfIncrementalUpdater.Apply(SkiaTestPdfs.Small, additions, output);

        apply.Should().Throw<ArgumentOutOfRangeException>()
            .WithMessage("Outline entry 1 («Лишний») targets page index 5, but the PDF has 5 pages.*");
        output.Length.Should().Be(0);
    }

    private static byte[] Recompress(byte[] pdf)
    {
        var input = Path.Combine(Path.GetTempPath(), $"csto-pdffile-{Guid.NewGuid():N}.pdf");
        var output = input + ".xrefstream.pdf";
        File.WriteAllBytes(input, pdf);
        try
        {
            var result = ExternalTool.RunOnPdf(pdf, "qpdf", ["--object-streams=generate"], [output]);
            result.ExitCode.Should().Be(0, result.Error);
            var bytes = File.ReadAllBytes(output);
            Encoding.Latin1.GetString(bytes).Should().Contain("/XRef", "qpdf must have written a cross-reference stream");
            return bytes;
        }
        finally
        {
            File.Delete(input);
            File.Delete(output);
        }
    }
}
