using System.Text;
using Csto.Testing;
using UglyToad.PdfPig;

namespace Csto.Reports.Console.Tests;

/// <summary>
/// <c>--embed-source</c>, <c>--untagged</c> and <c>extract</c> through the console: the PDF/A-3b file carries the data
/// file byte for byte and <c>extract</c> writes it back; an untagged PDF/A is 2b; a PDF without a source is an error
/// that writes nothing.
/// </summary>
public sealed class EmbeddedSourceTests
{
    [Fact]
    public void The_source_embedded_with_pdfa_is_extracted_byte_for_byte_and_an_untagged_pdfa_is_2b()
    {
        using var folder = new TempFolder();
        var embedded = ConsoleRun.Run(folder.Path, "render", ConsoleRun.Sample, "--pdfa", "--embed-source", "--format", "pdf", "--out", "a3", "--quiet");
        embedded.ExitCode.Should().Be(0, embedded.Error);
        var untagged = ConsoleRun.Run(folder.Path, "render", ConsoleRun.Sample, "--pdfa", "--untagged", "--format", "pdf", "--out", "a2", "--quiet");
        untagged.ExitCode.Should().Be(0, untagged.Error);

        using (var pdf = PdfDocument.Open(folder.File("a3/wg-afghanistan-42.pdf")))
        {
            pdf.TryGetXmpMetadata(out var xmp).Should().BeTrue();
            var text = Encoding.UTF8.GetString(xmp!.GetXmlBytes().ToArray());
            text.Should().Contain("<pdfaid:part>3</pdfaid:part>").And.Contain("<pdfaid:conformance>B</pdfaid:conformance>");
            pdf.Structure.Catalog.CatalogDictionary.Data.Should().ContainKey("StructTreeRoot", "tagged by default");
        }
        using (var pdf = PdfDocument.Open(folder.File("a2/wg-afghanistan-42.pdf")))
        {
            pdf.TryGetXmpMetadata(out var xmp).Should().BeTrue();
            var text = Encoding.UTF8.GetString(xmp!.GetXmlBytes().ToArray());
            text.Should().Contain("<pdfaid:part>2</pdfaid:part>").And.Contain("<pdfaid:conformance>B</pdfaid:conformance>");
            pdf.Structure.Catalog.CatalogDictionary.Data.Should().NotContainKey("StructTreeRoot", "--untagged writes no structure tree");
            pdf.Advanced.TryGetEmbeddedFiles(out _).Should().BeFalse();
        }

        var extracted = ConsoleRun.Run(folder.Path, "extract", "a3/wg-afghanistan-42.pdf", "--out", "source");
        extracted.ExitCode.Should().Be(0, extracted.Error);
        Directory.GetFiles(folder.File("source")).Select(Path.GetFileName).Should().Equal("wg-afghanistan-42.json");
        File.ReadAllBytes(folder.File("source/wg-afghanistan-42.json")).Should().Equal(File.ReadAllBytes(ConsoleRun.Sample));

        var none = ConsoleRun.Run(folder.Path, "extract", "a2/wg-afghanistan-42.pdf", "--out", "nothing");
        none.ExitCode.Should().Be(1);
        none.Error.Should().Contain("a2/wg-afghanistan-42.pdf").And.Contain("embeds no source files");
        Directory.Exists(folder.File("nothing")).Should().BeFalse("nothing is written when there is nothing to extract");
    }
}
