using BenchmarkDotNet.Running;
using Csto.Reports.Bench;

// measure [CASE...]  — cold/warm time, pages per second and peak memory per case, each in its own process (default)
// run-one CASE       — one case in this process (used by measure)
// bdn [BDN args]     — the BenchmarkDotNet suite
// hyphens [PDFDIR]  — issue 9's hyphen rows read from the layout (bench report and prose, ГОСТ theme); with PDFDIR
//                       also writes both PDFs there, for bench/without-actualtext.py to confirm the rows from the PDF
// allocations CASE  — where a warm render's allocations go, by type (the runtime's allocation ticks)
// stages CASE [RUNS] — a warm PDF render by stage: read + build the document, layout + frames without a writer, the
//                       writer alone on kept frames, the whole render
// chart-cost [RUNS]  — one chart's cost: five charts read and written to PDF against the same tables without charts
// process TOOL [RUNS] — whole processes, in turns: the csto-reports executable TOOL (--version as the start-up floor,
//                       templates, bench report → PDF and DOCX) beside LibreOffice converting the same report's DOCX to PDF; wall, CPU, peak memory
try
{
    return await Run(args);
}
catch (Exception e) when ((e as BenchInputException ?? e.InnerException as BenchInputException) is { } missing)
{
    Console.Error.WriteLine("Csto.Reports.Bench: " + missing.Message);
    return 2;
}

static async Task<int> Run(string[] args) => args switch
{
    ["run-one", var name] => await Measurement.RunOneAsync(name),
    ["bdn", .. var rest] => RunBenchmarkDotNet(rest),
    ["hyphens"] => await HyphenRows.MeasureAsync(null),
    ["hyphens", var folder] => await HyphenRows.MeasureAsync(Path.GetFullPath(folder)),
    ["measure", .. var names] => Measurement.MeasureAll(names),
    ["rusage", .. var command] when command.Length > 0 => WholeProcess.RunChild(command),
    ["allocations", var name] => await Allocations.MeasureAsync(name, runs: 5),
    ["stages", var name] => Stages.Measure(name, runs: 7),
    ["stages", var name, var stageRuns] => Stages.Measure(name, int.Parse(stageRuns, System.Globalization.CultureInfo.InvariantCulture)),
    ["chart-cost"] => await ChartCost.MeasureAsync(runs: 21),
    ["chart-cost", var chartRuns] => await ChartCost.MeasureAsync(int.Parse(chartRuns, System.Globalization.CultureInfo.InvariantCulture)),
    ["process", var tool] => WholeProcess.Measure(Path.GetFullPath(tool), runs: 5),
    ["process", var tool, var runs] => WholeProcess.Measure(Path.GetFullPath(tool), int.Parse(runs, System.Globalization.CultureInfo.InvariantCulture)),
    [] => Measurement.MeasureAll([]),
    _ => Usage(),
};

static int RunBenchmarkDotNet(string[] rest)
{
    BenchmarkSwitcher.FromAssembly(typeof(RenderBenchmarks).Assembly).Run(rest);
    return 0;
}

static int Usage()
{
    Console.Error.WriteLine("usage: Csto.Reports.Bench [measure [pdf|pdf-x10|docx|pdf-charts|png-x10|pdf-footnotes ...] | run-one CASE | hyphens [PDFDIR] | bdn [args] | allocations CASE | stages CASE [RUNS] | chart-cost [RUNS] | process TOOL [RUNS]]");
    return 2;
}
