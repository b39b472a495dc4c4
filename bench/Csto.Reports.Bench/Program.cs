using BenchmarkDotNet.Running;
using Csto.Reports.Bench;

// measure [CASE...]  — cold/warm time, pages per second and peak memory per case, each in its own process (default)
// run-one CASE       — one case in this process (used by measure)
// bdn [BDN args]     — the BenchmarkDotNet suite
return args switch
{
    ["run-one", var name] => await Measurement.RunOneAsync(name),
    ["bdn", .. var rest] => RunBenchmarkDotNet(rest),
    ["measure", .. var names] => Measurement.MeasureAll(names),
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
    Console.Error.WriteLine("usage: Csto.Reports.Bench [measure [pdf|pdf-x10|docx ...] | run-one CASE | bdn [args]]");
    return 2;
}
