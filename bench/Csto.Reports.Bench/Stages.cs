using System.Diagnostics;
using System.Globalization;
using Csto.Reporting.Documents;
using Csto.Reporting.Generation;
using Csto.Reporting.Hyphenation;
using Csto.Reporting.Pdf;
using Csto.Reporting.Pdf.Frames;
using Csto.Reporting.Pdf.Pagination;
using Csto.Reporting.Pdf.Writing;
using Csto.Reporting.Pdf.Writing.Metadata;
using Csto.Reporting.Rendering;
using Csto.Reporting.Templates;

namespace Csto.Reports.Bench;

/// <summary>
/// Where a warm PDF render's time goes, stage by stage, each timed on its own over the same runs (median of
/// <c>runs</c> after one cold run): reading the Markdown into a document; laying it out and drawing every page's frame
/// with no writer; the PDF writer alone on frames laid out beforehand; and the whole PDF render (check, layout, drawing
/// and writing, the layout and the writer on two threads).
/// </summary>
internal static class Stages
{
    public static int Measure(string name, int runs)
    {
        var scenario = Scenario.Named(name);
        var path = scenario.InputPath();
        var generator = new ReportGenerator(TemplateCatalog.Embedded, [new PdfReportRenderer()]);
        var renderer = new PdfReportRenderer();
        var build = new List<double>();
        var alone = new List<double>();
        var writing = new List<double>();
        var buildCpu = new List<double>();
        var aloneCpu = new List<double>();
        var writingCpu = new List<double>();
        var render = new List<double>();
        var clock = new Stopwatch();
        for (var i = 0; i <= runs; i++)
        {
            clock.Restart();
            var cpu = ThreadCpu.Seconds();
            var text = File.ReadAllText(path);
            var document = generator.BuildMarkdownDocument(text, path);
            var built = clock.Elapsed.TotalSeconds;
            var builtCpu = ThreadCpu.Seconds() - cpu;

            var single = new LayoutPasses(document, RenderOptions.Default.Theme, LiangHyphenator.Default);
            clock.Restart();
            cpu = ThreadCpu.Seconds();
            single.Draw(null, new NoSink(), CancellationToken.None);
            var laidAlone = clock.Elapsed.TotalSeconds;
            var laidAloneCpu = ThreadCpu.Seconds() - cpu;

            // The writer alone, on frames laid out and kept beforehand (the default options, as the renderer maps them).
            var kept = new KeepingSink();
            new LayoutPasses(document, RenderOptions.Default.Theme, LiangHyphenator.Default).Draw(null, kept, CancellationToken.None);
            clock.Restart();
            cpu = ThreadCpu.Seconds();
            using (var writer = new PdfFrameSink(Level(RenderOptions.Default), RenderOptions.Default.Tagged, null))
            {
                kept.Replay(writer);
            }
            var written = clock.Elapsed.TotalSeconds;
            var writtenCpu = ThreadCpu.Seconds() - cpu;

            // A fresh document, so that the render does not reuse the layout above.
            var again = generator.BuildMarkdownDocument(text, path);
            clock.Restart();
            renderer.Render(again, RenderOptions.Default, CancellationToken.None);
            var rendered = clock.Elapsed.TotalSeconds;
            if (i > 0)
            {
                build.Add(built);
                buildCpu.Add(builtCpu);
                alone.Add(laidAlone);
                aloneCpu.Add(laidAloneCpu);
                writingCpu.Add(writtenCpu);
                writing.Add(written);
                render.Add(rendered);
            }
        }
        Console.WriteLine("Wall seconds, median; in brackets the thread's CPU seconds of the one-thread stages (less disturbed by a busy machine).");
        Console.WriteLine("| case | read + build document (s) | layout + frames, one thread (s) | writing the frames, one thread (s) | PDF render (s) |");
        Console.WriteLine("|---|---|---|---|---|");
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {name} | {Median(build):0.000} ({Median(buildCpu):0.000}) | {Median(alone):0.000} ({Median(aloneCpu):0.000}) | {Median(writing):0.000} ({Median(writingCpu):0.000}) | {Median(render):0.000} |"));
        return 0;
    }

    private static PdfArchivalLevel Level(RenderOptions options) =>
        !options.PdfA ? PdfArchivalLevel.None : options.Tagged ? PdfArchivalLevel.PdfA2A : PdfArchivalLevel.PdfA2B;

    private static double Median(List<double> values)
    {
        values.Sort();
        return values[values.Count / 2];
    }

    /// <summary>The calling thread's CPU time (Linux and macOS: clock_gettime with the thread's CPU clock; elsewhere NaN).</summary>
    private static class ThreadCpu
    {
        public static double Seconds()
        {
            if (OperatingSystem.IsWindows())
            {
                return double.NaN;
            }
            return clock_gettime(OperatingSystem.IsMacOS() ? 16 : 3, out var time) == 0 ? time.Seconds + (time.Nanoseconds / 1e9) : double.NaN;
        }

        [System.Runtime.InteropServices.DllImport("libc", SetLastError = false)]
        private static extern int clock_gettime(int clock, out TimeSpec time);

        [System.Runtime.InteropServices.StructLayout(System.Runtime.InteropServices.LayoutKind.Sequential)]
        private struct TimeSpec
        {
            public long Seconds;
            public long Nanoseconds;
        }
    }

    /// <summary>Keeps a pass's calls to hand them to another sink later.</summary>
    private sealed class KeepingSink : IPageSink
    {
        private readonly List<PageFrame> pages = [];
        private DocumentMetadata? metadata;
        private LayoutResult? result;

        public void Begin(DocumentMetadata metadata) => this.metadata = metadata;

        public void Page(PageFrame frame) => pages.Add(frame);

        public void End(LayoutResult result) => this.result = result;

        public void Replay(PdfFrameSink sink)
        {
            sink.Begin(metadata!);
            foreach (var page in pages)
            {
                sink.Page(page);
            }
            sink.End(result!);
        }
    }

    private sealed class NoSink : IPageSink
    {
        public void Begin(DocumentMetadata metadata)
        {
        }

        public void Page(PageFrame frame)
        {
        }

        public void End(LayoutResult result)
        {
        }
    }
}
