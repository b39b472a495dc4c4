using System.Diagnostics;
using System.Globalization;
using Csto.Reporting.Docx;
using Csto.Reporting.Generation;
using Csto.Reporting.Pdf;
using Csto.Reporting.Rendering;
using Csto.Reporting.Templates;

namespace Csto.Reports.Bench;

/// <summary>
/// The in-process measurement: each case runs in a fresh child process so that its cold time (first render:
/// JIT, font loading, pattern parsing) and its peak memory are its own; then it renders five more times warm.
/// </summary>
internal static class Measurement
{
    /// <summary>Runs the named cases (all when none) in child processes and prints a Markdown table.</summary>
    public static int MeasureAll(IReadOnlyList<string> names)
    {
        var scenarios = names.Count == 0 ? Scenario.All : names.Select(Scenario.Named).ToList();
        Console.WriteLine("| case | pages | cold s | warm s (median) | warm CPU s (median) | warm allocated MB | pages/s warm | peak RSS MB | output KB (1000 bytes) |");
        Console.WriteLine("|---|---|---|---|---|---|---|---|---|");
        foreach (var scenario in scenarios)
        {
            var self = Environment.ProcessPath ?? throw new InvalidOperationException("Unknown process path.");
            var start = new ProcessStartInfo(self) { RedirectStandardOutput = true };
            if (Path.GetFileNameWithoutExtension(self) == "dotnet")
            {
                start.ArgumentList.Add(typeof(Measurement).Assembly.Location);
            }
            start.ArgumentList.Add("run-one");
            start.ArgumentList.Add(scenario.Name);
            using var child = Process.Start(start) ?? throw new InvalidOperationException("Cannot start the measuring process.");
            var line = child.StandardOutput.ReadToEnd().Trim();
            child.WaitForExit();
            if (child.ExitCode != 0)
            {
                Console.Error.WriteLine($"{scenario.Name}: the measuring process failed ({child.ExitCode}).");
                return 1;
            }
            Console.WriteLine(line);
        }
        return 0;
    }

    /// <summary>Measures one case in this process and prints its table row.</summary>
    public static async Task<int> RunOneAsync(string name)
    {
        var scenario = Scenario.Named(name);
        scenario.InputPath(); // make the ten-times input before timing
        var generator = new ReportGenerator(TemplateCatalog.Embedded, [new PdfReportRenderer(), new PngReportRenderer(), new DocxReportRenderer(new PdfLayoutLocator())]);

        var clock = Stopwatch.StartNew();
        long outputBytes;
        using (var first = new CountingStream())
        {
            await scenario.RunAsync(generator, first);
            outputBytes = first.Length;
        }
        var cold = clock.Elapsed.TotalSeconds;
        var pages = CountPages(generator, scenario.InputPath());

        for (var i = 0; i < scenario.WarmupRuns; i++)
        {
            await scenario.RunAsync(generator, Stream.Null);
        }

        var warm = new List<double>();
        var warmCpu = new List<double>();
        var allocated = new List<long>();
        using var self = Process.GetCurrentProcess();
        for (var i = 0; i < scenario.WarmRuns; i++)
        {
            self.Refresh();
            var cpu = self.TotalProcessorTime;
            var bytes = GC.GetTotalAllocatedBytes(precise: true);
            clock.Restart();
            await scenario.RunAsync(generator, Stream.Null);
            warm.Add(clock.Elapsed.TotalSeconds);
            allocated.Add(GC.GetTotalAllocatedBytes(precise: true) - bytes);
            self.Refresh();
            warmCpu.Add((self.TotalProcessorTime - cpu).TotalSeconds);
        }
        warm.Sort();
        warmCpu.Sort();
        allocated.Sort();
        var middle = scenario.WarmRuns / 2;
        var median = warm[middle];
        self.Refresh();
        var peakMb = self.PeakWorkingSet64 / (1024.0 * 1024.0);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"| {scenario.Name} | {pages} | {cold:0.000} | {median:0.000} | {warmCpu[middle]:0.000} | {allocated[middle] / (1024.0 * 1024.0):0} | {(pages > 0 ? pages / median : 0):0} | {peakMb:0} | {outputBytes / 1000.0:0} |"));
        return 0;
    }

    /// <summary>
    /// Pages as our PDF layout counts them (for DOCX too: the same content in the same theme). A method of its own,
    /// so that the document is not kept alive in the async state machine while the warm runs are measured.
    /// </summary>
    private static int CountPages(ReportGenerator generator, string path)
    {
        var document = generator.BuildMarkdownDocument(File.ReadAllText(path), path);
        return new PdfLayoutLocator().CountPages(document, RenderOptions.Default);
    }

    /// <summary>A stream that only counts what is written to it (the output size without holding the output in memory).</summary>
    private sealed class CountingStream : Stream
    {
        private long length;

        public override bool CanRead => false;

        public override bool CanSeek => false;

        public override bool CanWrite => true;

        public override long Length => length;

        public override long Position { get => length; set => throw new NotSupportedException(); }

        public override void Flush()
        {
        }

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => length += count;

        public override void Write(ReadOnlySpan<byte> buffer) => length += buffer.Length;
    }
}
