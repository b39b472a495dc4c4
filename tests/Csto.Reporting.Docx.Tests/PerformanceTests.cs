using System.Diagnostics;
using Csto.Reporting.Docx.Tests.Support;
using Csto.Reporting.Markdown;
using Csto.Reporting.Rendering;
using Xunit.Abstractions;
using Csto.Testing;

namespace Csto.Reporting.Docx.Tests;

/// <summary>Measures (does not assert) the time of the shared ~130-page benchmark report from Markdown to DOCX.</summary>
public sealed class PerformanceTests(ITestOutputHelper output)
{
    private const int Runs = 7;

    [Fact]
    public async Task The_benchmark_report_renders_and_its_time_is_reported()
    {
        var markdown = await File.ReadAllTextAsync(RepositoryPaths.BenchReport);
        var renderer = new DocxReportRenderer();
        var read = new List<double>();
        var render = new List<double>();
        long bytes = 0;
        for (var run = 0; run < Runs; run++)
        {
            var watch = Stopwatch.StartNew();
            var document = MarkdownDocumentReader.ReadFile(markdown, "report.md");
            var parsed = watch.Elapsed.TotalSeconds;
            using var stream = new MemoryStream();
            await renderer.RenderAsync(document, RenderOptions.Default, stream);
            var total = watch.Elapsed.TotalSeconds;
            bytes = stream.Length;
            if (run > 0)
            {
                read.Add(parsed);
                render.Add(total - parsed);
            }
        }
        output.WriteLine($"report.md, warm, in process, median of {Runs - 1}: Markdown → tree {Median(read):F3} s, tree → DOCX {Median(render):F3} s, "
            + $"together {Median(read) + Median(render):F3} s; {bytes / 1024} KiB");
        bytes.Should().BeGreaterThan(100_000);
    }

    private static double Median(List<double> values)
    {
        values.Sort();
        return values[values.Count / 2];
    }
}
