using System.Diagnostics.Tracing;
using System.Globalization;
using Csto.Reporting.Generation;
using Csto.Reporting.Rendering;
using Csto.Reporting.Docx;
using Csto.Reporting.Pdf;
using Csto.Reporting.Templates;

namespace Csto.Reports.Bench;

/// <summary>
/// Where one warm render's allocations go: the runtime's allocation ticks (one event per ~100 KB allocated, naming the
/// type that crossed the mark) summed by type. A sample, not a count: types allocating less than ~100 KB in a run may
/// not appear, and each tick stands for the ~100 KB before it.
/// </summary>
internal static class Allocations
{
    /// <summary>Renders <paramref name="name"/> once cold, then <paramref name="runs"/> times warm with the listener on, and prints the top types.</summary>
    public static async Task<int> MeasureAsync(string name, int runs)
    {
        var scenario = Scenario.Named(name);
        scenario.InputPath();
        var generator = new ReportGenerator(TemplateCatalog.Embedded, [new PdfReportRenderer(), new PngReportRenderer(), new DocxReportRenderer(new PdfLayoutLocator())]);
        await scenario.RunAsync(generator, Stream.Null);

        using var listener = new TickListener();
        var before = GC.GetTotalAllocatedBytes(precise: true);
        for (var i = 0; i < runs; i++)
        {
            await scenario.RunAsync(generator, Stream.Null);
        }
        var total = GC.GetTotalAllocatedBytes(precise: true) - before;
        listener.Dispose();

        var sampled = listener.Bytes.Values.Sum();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{name}: {total / runs / 1048576.0:0.0} MB allocated a run ({runs} runs); sampled {sampled / 1048576.0:0} MB"));
        foreach (var (type, bytes) in listener.Bytes.OrderByDescending(pair => pair.Value).Take(40))
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{bytes * 100.0 / sampled,6:0.0} %  {bytes / runs / 1048576.0,7:0.00} MB/run  {type}"));
        }
        return 0;
    }

    private sealed class TickListener : EventListener
    {
        private const int AllocationTick = 10;
        private readonly object gate = new();

        public Dictionary<string, long> Bytes { get; } = [];

        protected override void OnEventSourceCreated(EventSource eventSource)
        {
            if (eventSource.Name == "Microsoft-Windows-DotNETRuntime")
            {
                EnableEvents(eventSource, EventLevel.Verbose, (EventKeywords)0x1); // GC keyword
            }
        }

        protected override void OnEventWritten(EventWrittenEventArgs eventData)
        {
            if (eventData.EventId != AllocationTick || eventData.Payload is null)
            {
                return;
            }
            var type = eventData.PayloadNames!.IndexOf("TypeName") is var t and >= 0 ? eventData.Payload[t] as string ?? "?" : "?";
            var amount = eventData.PayloadNames.IndexOf("AllocationAmount64") is var a and >= 0 ? Convert.ToInt64(eventData.Payload[a], CultureInfo.InvariantCulture) : 100_000;
            lock (gate)
            {
                Bytes[type] = Bytes.GetValueOrDefault(type) + amount;
            }
        }
    }
}
