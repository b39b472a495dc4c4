using System.Diagnostics;
using System.Globalization;
using System.Runtime.InteropServices;

namespace Csto.Reports.Bench;

/// <summary>
/// Whole-process measurement: the installed or published <c>csto-reports</c> is started as a user would start it
/// (runtime start-up, JIT or ReadyToRun code, font loading and the work), beside LibreOffice converting the same
/// content (our DOCX of the bench report) to PDF. For each command: one warm-up run (disk cache, LibreOffice's
/// profile), then the median wall time of the runs, the median CPU time (user + system, from the kernel's
/// accounting of waited-for children; load from other processes distorts it much less than wall time) and the peak
/// resident memory of the runs (ru_maxrss). The runs take turns (one of each command, then again), so that a slow
/// minute of a shared machine weighs on every command alike, and the first row, <c>csto-reports --version</c> (the
/// runtime's and the command line's start, no work), shows how fast the machine was meanwhile. Linux only (getrusage).
/// </summary>
internal static partial class WholeProcess
{
    /// <summary>Measures and prints a Markdown table. <paramref name="tool"/> is the csto-reports executable.</summary>
    public static int Measure(string tool, int runs)
    {
        if (!OperatingSystem.IsLinux())
        {
            Console.Error.WriteLine("process: whole-process measurement reads getrusage and runs on Linux only.");
            return 2;
        }
        var work = Directory.CreateTempSubdirectory("csto-bench-process-");
        try
        {
            var report = BenchInput.Report;
            var cases = new List<(string Name, string Work, string[] Command)>
            {
                ("csto-reports --version", "start-up only (the runtime and the command line)", [tool, "--version"]),
                ("csto-reports templates", "list the templates", [tool, "templates"]),
                ("csto-reports render", "bench report → PDF", [tool, "render", report, "--format", "pdf", "--out", work.FullName, "--quiet"]),
                ("csto-reports render", "bench report → DOCX", [tool, "render", report, "--format", "docx", "--out", work.FullName, "--quiet"]),
            };
            var soffice = FindOnPath("soffice");
            if (soffice is not null)
            {
                // The same content for LibreOffice: our DOCX of the bench report, made once before timing.
                Run([tool, "render", report, "--format", "docx", "--out", work.FullName, "--quiet"]);
                var docx = Path.Combine(work.FullName, "report.docx");
                var profile = "-env:UserInstallation=file://" + Path.Combine(work.FullName, "lo-profile");
                cases.Add(("LibreOffice soffice --convert-to pdf", "the same report's DOCX → PDF",
                    [soffice, profile, "--headless", "--norestore", "--convert-to", "pdf", "--outdir", Path.Combine(work.FullName, "lo"), docx]));
            }
            else
            {
                Console.Error.WriteLine("process: soffice is not on PATH; LibreOffice is left out of the comparison.");
            }

            Console.WriteLine($"| program | work | wall s (median of {runs}) | CPU s user+sys (median) | peak RSS MB |");
            Console.WriteLine("|---|---|---|---|---|");
            foreach (var (_, _, command) in cases)
            {
                Run(command); // warm-up
            }
            var wall = cases.Select(_ => new List<double>()).ToList();
            var cpu = cases.Select(_ => new List<double>()).ToList();
            var peakKb = new long[cases.Count];
            for (var i = 0; i < runs; i++)
            {
                for (var c = 0; c < cases.Count; c++)
                {
                    var (seconds, cpuSeconds, maxRssKb) = Run(cases[c].Command);
                    wall[c].Add(seconds);
                    cpu[c].Add(cpuSeconds);
                    peakKb[c] = Math.Max(peakKb[c], maxRssKb);
                }
            }
            for (var c = 0; c < cases.Count; c++)
            {
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"| {cases[c].Name} | {cases[c].Work} | {Median(wall[c]):0.000} | {Median(cpu[c]):0.000} | {peakKb[c] / 1024.0:0} |"));
            }
            return 0;
        }
        finally
        {
            work.Delete(recursive: true);
        }
    }

    /// <summary>
    /// Runs one command through a fresh process of this program (<c>rusage CMD…</c>), so that the peak memory
    /// reported (ru_maxrss of the waited-for children) is that command's alone. Throws when it fails.
    /// </summary>
    private static (double Wall, double Cpu, long MaxRssKb) Run(string[] command)
    {
        var self = Environment.ProcessPath ?? throw new InvalidOperationException("Unknown process path.");
        var start = new ProcessStartInfo(self) { RedirectStandardOutput = true, UseShellExecute = false };
        if (Path.GetFileNameWithoutExtension(self) == "dotnet")
        {
            start.ArgumentList.Add(typeof(WholeProcess).Assembly.Location);
        }
        start.ArgumentList.Add("rusage");
        foreach (var argument in command)
        {
            start.ArgumentList.Add(argument);
        }
        using var process = Process.Start(start) ?? throw new InvalidOperationException("Cannot start the measuring process.");
        var line = process.StandardOutput.ReadToEnd().Trim();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{string.Join(' ', command)} failed: {line}");
        }
        var parts = line.Split(' ');
        return (double.Parse(parts[0], CultureInfo.InvariantCulture), double.Parse(parts[1], CultureInfo.InvariantCulture), long.Parse(parts[2], CultureInfo.InvariantCulture));
    }

    /// <summary>
    /// <c>rusage CMD…</c>: runs CMD to its end and prints "wall-seconds cpu-seconds max-rss-kb" (the CPU time and
    /// peak resident memory of CMD and its children, from getrusage); exit code 1 with CMD's output when it fails.
    /// </summary>
    /// <remarks>
    /// CMD's output goes to a file through <c>sh -c 'exec …'</c>, not through pipes read by this process: reading them
    /// made this (itself freshly started) process compile and run code on the second core while CMD started, which
    /// added about 30 ms to a command of 0.12 s. The shell replaces itself with CMD, so only its exec is measured. A
    /// first, unmeasured start of <c>/bin/true</c> takes this process's own first-start costs (about 20 ms of
    /// compiling <see cref="Process"/>) out of the wall time; its CPU time is subtracted.
    /// </remarks>
    public static int RunChild(string[] command)
    {
        var output = Path.GetTempFileName();
        try
        {
            using (var warmUp = Process.Start(new ProcessStartInfo("/bin/true") { UseShellExecute = false }))
            {
                warmUp?.WaitForExit();
            }
            var (before, _) = ChildrenUsage();
            var start = new ProcessStartInfo("/bin/sh") { UseShellExecute = false };
            start.ArgumentList.Add("-c");
            start.ArgumentList.Add("out=$1; shift; exec \"$@\" >\"$out\" 2>&1");
            start.ArgumentList.Add("sh");
            start.ArgumentList.Add(output);
            foreach (var argument in command)
            {
                start.ArgumentList.Add(argument);
            }
            var clock = Stopwatch.StartNew();
            using (var process = Process.Start(start) ?? throw new InvalidOperationException($"Cannot start {command[0]}."))
            {
                process.WaitForExit();
                var wall = clock.Elapsed.TotalSeconds;
                var (after, maxRssKb) = ChildrenUsage();
                var cpu = after - before;
                if (process.ExitCode != 0)
                {
                    Console.WriteLine($"exit {process.ExitCode}: {File.ReadAllText(output)}".ReplaceLineEndings(" "));
                    return 1;
                }
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{wall:0.0000} {cpu:0.0000} {maxRssKb}"));
            }
            return 0;
        }
        finally
        {
            File.Delete(output);
        }
    }

    private static double Median(List<double> values)
    {
        values.Sort();
        return values[values.Count / 2];
    }

    private static string? FindOnPath(string tool) =>
        (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(d => Path.Combine(d, tool)).FirstOrDefault(File.Exists);

    private static (double CpuSeconds, long MaxRssKb) ChildrenUsage()
    {
        if (GetRusage(RusageChildren, out var usage) != 0)
        {
            throw new InvalidOperationException("getrusage failed: " + Marshal.GetLastPInvokeError());
        }
        return (usage.UserSeconds + usage.UserMicroseconds / 1e6 + usage.SystemSeconds + usage.SystemMicroseconds / 1e6, usage.MaxRss);
    }

    private const int RusageChildren = -1;

    /// <summary>The head of Linux's struct rusage (64-bit): two timevals and ru_maxrss, then 13 more longs.</summary>
    [StructLayout(LayoutKind.Sequential)]
    private struct Rusage
    {
        public long UserSeconds;
        public long UserMicroseconds;
        public long SystemSeconds;
        public long SystemMicroseconds;
        public long MaxRss;
        private unsafe fixed long rest[13];
    }

    [LibraryImport("libc", EntryPoint = "getrusage", SetLastError = true)]
    private static partial int GetRusage(int who, out Rusage usage);
}
