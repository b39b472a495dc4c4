using System.Diagnostics;
using System.Globalization;
using Csto.Reporting.Generation;
using Csto.Reporting.Pdf;
using Csto.Reporting.Rendering;
using Csto.Reporting.Templates;

namespace Csto.Reports.Bench;

/// <summary>
/// The cost of one chart, apart from the report around it: a one-page Markdown document with the charts report's five
/// charts, read (ScottPlot draws each to SVG, the SVG reader reads it back) and written to PDF, against the same
/// document with the five charts' tables and captions written as plain tables, in alternation in one warm process.
/// Prints the medians of both (wall and process CPU) and their difference per chart.
/// </summary>
internal static class ChartCost
{
    public static async Task<int> MeasureAsync(int runs)
    {
        var charts = File.ReadAllText(BenchInput.ChartsReport())[File.ReadAllText(BenchInput.Report).Length..];
        const string front = "---\ntitle: Пять диаграмм\nauthor: Секретариат ОДКБ\ndate: 2025-12-15\nlang: ru-RU\n---\n";
        var withCharts = front + charts;
        // The same tables and captions without the chart containers: what the document costs without its charts.
        var withTables = front + string.Join('\n', charts.Split('\n').Where(line => !line.StartsWith(":::", StringComparison.Ordinal)));
        var count = charts.Split('\n').Count(line => line.StartsWith("::: chart", StringComparison.Ordinal));
        var generator = new ReportGenerator(TemplateCatalog.Embedded, [new PdfReportRenderer()]);
        async Task<(double Wall, double Cpu)> Once(string markdown)
        {
            using var self = Process.GetCurrentProcess();
            var cpu = self.TotalProcessorTime;
            var clock = Stopwatch.StartNew();
            var document = generator.BuildMarkdownDocument(markdown, "charts.md");
            await generator.RenderAsync(document, ReportFormat.Pdf, Stream.Null, RenderOptions.Default, CancellationToken.None);
            var wall = clock.Elapsed.TotalMilliseconds;
            self.Refresh();
            return (wall, (self.TotalProcessorTime - cpu).TotalMilliseconds);
        }
        for (var i = 0; i < 5; i++)
        {
            await Once(withCharts);
            await Once(withTables);
        }
        var charted = new List<(double Wall, double Cpu)>();
        var tabled = new List<(double Wall, double Cpu)>();
        for (var i = 0; i < runs; i++)
        {
            charted.Add(await Once(withCharts));
            tabled.Add(await Once(withTables));
        }
        static double Median(IEnumerable<double> values)
        {
            var sorted = values.Order().ToList();
            return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[sorted.Count / 2 - 1] + sorted[sorted.Count / 2]) / 2;
        }
        var (chartWall, chartCpu) = (Median(charted.Select(c => c.Wall)), Median(charted.Select(c => c.Cpu)));
        var (tableWall, tableCpu) = (Median(tabled.Select(c => c.Wall)), Median(tabled.Select(c => c.Cpu)));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{count} charts, {runs} warm runs each: with charts {chartWall:0.0} ms (CPU {chartCpu:0.0} ms), as tables {tableWall:0.0} ms (CPU {tableCpu:0.0} ms); per chart {(chartWall - tableWall) / count:0.0} ms (CPU {(chartCpu - tableCpu) / count:0.0} ms)"));
        return 0;
    }
}
