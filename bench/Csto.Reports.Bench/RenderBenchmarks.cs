using BenchmarkDotNet.Attributes;
using Csto.Reporting.Docx;
using Csto.Reporting.Generation;
using Csto.Reporting.Pdf;
using Csto.Reporting.Templates;

namespace Csto.Reports.Bench;

/// <summary>BenchmarkDotNet view of the same cases (warm, in process, with allocations).</summary>
[MemoryDiagnoser]
[SimpleJob(warmupCount: 2, iterationCount: 5)]
public class RenderBenchmarks
{
    private ReportGenerator generator = null!;

    /// <summary>The case.</summary>
    [Params("pdf", "docx")]
    public string Case { get; set; } = "pdf";

    /// <summary>Builds the generator once.</summary>
    [GlobalSetup]
    public void Setup() =>
        generator = new ReportGenerator(TemplateCatalog.Embedded, [new PdfReportRenderer(), new DocxReportRenderer(new PdfLayoutLocator())]);

    /// <summary>Markdown to the case's format, the whole pipeline.</summary>
    [Benchmark]
    public Task Render() => Scenario.Named(Case).RunAsync(generator, Stream.Null);
}
