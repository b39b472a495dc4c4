using System.Text;
using Csto.Testing;
using Csto.Reporting.Markdown;
using Csto.Reporting.Pdf.Tests.TestSupport;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Tokens;

namespace Csto.Reporting.Pdf.Tests.Writing;

/// <summary>
/// The size targets of issue 11 — the bench report (shared/bench/report.md, ~130 pages) at most 600 kB and the
/// one-page declaration at most 40 kB (1 kB = 1 000 bytes) — and what keeps them: every object that is not a stream
/// lies in a compressed object stream, found there through the cross-reference stream.
/// </summary>
public sealed class FileSizeTests
{
    private static readonly Lazy<byte[]> BenchReport = new(() =>
    {
        var document = MarkdownDocumentReader.ReadFile(File.ReadAllText(RepositoryPaths.BenchReport), "report.md");
        return Render.Pdf(document);
    });

    [Fact]
    public void The_bench_report_is_at_most_600_kB()
    {
        var pdf = BenchReport.Value;
        using (var document = PdfDocument.Open(pdf))
        {
            document.NumberOfPages.Should().BeGreaterThan(100, "the bound is about the whole bench report");
        }
        pdf.Length.Should().BeLessThanOrEqualTo(600_000);
    }

    [Fact]
    public void The_one_page_declaration_is_at_most_40_kB()
    {
        var declaration = SampleCases.Build("csc-declaration-2025.json", "summit-declaration");
        var pdf = Render.Pdf(declaration, Render.Options(declaration) with { Theme = SampleCases.ThemeOf(declaration) });
        using (var document = PdfDocument.Open(pdf))
        {
            document.NumberOfPages.Should().Be(1);
        }
        pdf.Length.Should().BeLessThanOrEqualTo(40_000);
    }

    [Fact]
    public void Every_object_but_the_streams_lies_in_an_object_stream_that_lists_it_at_its_index()
    {
        var pdf = BenchReport.Value;
        var entries = CrossReference.Read(pdf, out var crossReference, out var crossReferenceOffset);
        var text = Encoding.Latin1.GetString(pdf);
        using var document = PdfDocument.Open(pdf);
        entries[0].Type.Should().Be(0, "object 0 heads the free list");
        var listed = new Dictionary<int, IReadOnlyList<int>>();
        foreach (var entry in entries.Skip(1))
        {
            var token = document.Structure.GetObject(new UglyToad.PdfPig.Core.IndirectReference(entry.Number, 0)).Data;
            if (entry.Type == 1)
            {
                text[(int)entry.Offset..].Should().StartWith($"{entry.Number} 0 obj\n", $"the offset of object {entry.Number}");
                token.Should().BeOfType<StreamToken>($"object {entry.Number} is top-level, so it is a stream");
            }
            else
            {
                entry.Type.Should().Be(2, $"object {entry.Number} is in use");
                entries[entry.Stream].Type.Should().Be(1, "an object stream is a top-level object");
                if (!listed.TryGetValue(entry.Stream, out var numbers))
                {
                    listed.Add(entry.Stream, numbers = CrossReference.ObjectStreamNumbers(document, entry.Stream));
                }
                numbers[entry.Index].Should().Be(entry.Number, $"object stream {entry.Stream} lists object {entry.Number} at index {entry.Index}");
                token.Should().NotBeOfType<StreamToken>();
            }
        }
        entries[crossReference].Offset.Should().Be(crossReferenceOffset);
        var compressed = entries.Where(e => e.Type == 2).Select(e => e.Number).ToHashSet();
        compressed.Count.Should().BeGreaterThan(1000, "pages, structure elements and outline items are all compressed");
        listed.Values.Sum(numbers => numbers.Count).Should().Be(compressed.Count, "each object stream holds only objects the table sends there");

        // The objects a reader needs first, and the many small ones, are among them.
        var catalog = document.Structure.Catalog.CatalogDictionary;
        compressed.Should().Contain((int)document.Structure.Trailer.Root.ObjectNumber, "the catalog");
        compressed.Should().Contain((int)((IndirectReferenceToken)catalog.Data["StructTreeRoot"]).Data.ObjectNumber, "the structure tree root");
        compressed.Should().Contain((int)((IndirectReferenceToken)catalog.Data["Outlines"]).Data.ObjectNumber, "the outline");
        var pages = (DictionaryToken)document.Structure.GetObject(((IndirectReferenceToken)catalog.Data["Pages"]).Data).Data;
        var kids = ((ArrayToken)pages.Data["Kids"]).Data.Cast<IndirectReferenceToken>().Select(k => (int)k.Data.ObjectNumber).ToList();
        kids.Should().HaveCount(document.NumberOfPages).And.OnlyContain(page => compressed.Contains(page), "every page object");
    }

    [ToolFact("qpdf")]
    public void Qpdf_checks_the_bench_report_clean_and_sees_its_objects_in_object_streams()
    {
        var (code, output) = PdfTools.Run("qpdf", BenchReport.Value, "--check", "{file}");
        code.Should().Be(0, output);
        output.Should().Contain("No syntax or stream encoding errors found").And.NotContain("WARNING");
        var xref = PdfTools.Run("qpdf", BenchReport.Value, "--show-xref", "{file}").Output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var entries = CrossReference.Read(BenchReport.Value, out _, out _);
        xref.Should().HaveCount(entries.Count - 1);
        xref.Count(line => line.Contains(": compressed; stream = ", StringComparison.Ordinal)).Should().Be(entries.Count(e => e.Type == 2));
    }
}
