using System.Diagnostics;
using Csto.Reporting.Markdown;
using Csto.Reporting.Rendering;
using Csto.Reporting.Docx.Tests.Support;
using Xunit.Abstractions;

namespace Csto.Reporting.Docx.Tests;

/// <summary>Measures (does not assert) the time of the shared ~130-page benchmark report from Markdown to DOCX.</summary>
public sealed class PerformanceTests(ITestOutputHelper output)
{
    [Fact]
    public async Task The_benchmark_report_renders_and_its_time_is_reported()
    {
        var markdown = await File.ReadAllTextAsync(BenchInput.ReportPath);
        var renderer = new DocxReportRenderer();

        long bytes = 0;
        var times = new List<double>();
        for (var run = 0; run < 6; run++)
        {
            var watch = Stopwatch.StartNew();
            var document = MarkdownDocumentReader.ReadFile(markdown, "report.md");
            using var stream = new MemoryStream();
            await renderer.RenderAsync(document, RenderOptions.Default, stream);
            watch.Stop();
            bytes = stream.Length;
            if (run > 0)
            {
                times.Add(watch.Elapsed.TotalSeconds);
            }
        }
        times.Sort();
        output.WriteLine($"report.md → DOCX, warm, in process: median {times[times.Count / 2]:F3} s, best {times[0]:F3} s, {bytes / 1024} KiB");
        bytes.Should().BeGreaterThan(100_000);
    }
}
