using System.Diagnostics;

namespace Csto.Reports.Bench;

/// <summary>
/// The benchmark inputs: shared/bench/report.md and its ten-times variant made by gen_report.py. The shared folder is
/// the one <c>CSTO_BENCH_SHARED</c> names, else <c>../shared</c> beside the checkout.
/// </summary>
internal static class BenchInput
{
    /// <summary>The environment variable naming the shared folder (the one holding bench/report.md).</summary>
    public const string SharedVariable = "CSTO_BENCH_SHARED";

    /// <summary>The checkout (the folder with Csto.Domain.sln); before <see cref="Folder"/>, which may need it.</summary>
    public static string Checkout { get; } = FindCheckout();

    /// <summary>The folder with report.md and gen_report.py.</summary>
    public static string Folder { get; } = FindFolder();

    /// <summary>The real-prose input of the typesetting measurements, tests/Prose/palata-6.md of the checkout.</summary>
    public static string Prose => Path.Combine(Checkout, "tests", "Prose", "palata-6.md");

    /// <summary>The ~130-page report.</summary>
    public static string Report => Path.Combine(Folder, "report.md");

    /// <summary>The ten-times variant, generated once into the temp folder.</summary>
    public static string TenTimesReport()
    {
        var path = Path.Combine(Path.GetTempPath(), "csto-bench-report-x10.md");
        if (File.Exists(path))
        {
            return path;
        }
        var generator = Path.Combine(Folder, "gen_report.py");
        using var process = Process.Start(new ProcessStartInfo("python3", [generator, path + ".tmp", "10"]) { RedirectStandardOutput = true })
            ?? throw new InvalidOperationException("Cannot start python3 to generate the ten-times benchmark input.");
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{generator} exited with {process.ExitCode}.");
        }
        File.Move(path + ".tmp", path, overwrite: true);
        return path;
    }

    /// <summary>
    /// The report with five charts (bar, stacked bar, line, pie, bar) appended, written once into the temp folder:
    /// compared with "pdf" it measures what charts cost (the target is at most 30 ms a chart on a warm render).
    /// </summary>
    public static string ChartsReport()
    {
        var path = Path.Combine(Path.GetTempPath(), "csto-bench-report-charts.md");
        var kinds = new[] { "bar", "stacked-bar", "line", "pie", "bar" };
        var charts = new System.Text.StringBuilder();
        for (var i = 0; i < kinds.Length; i++)
        {
            var pie = kinds[i] == "pie";
            charts.Append("\n::: chart ").Append(kinds[i]).Append(" y=\"Мероприятия\" unit=\"ед.\"\n")
                .Append(pie ? "| Государство | Мероприятия |\n|---|---:|\n" : "| Год | Заседания | Учения | Семинары |\n|---|---:|---:|---:|\n");
            string[] rows = pie
                ? ["| Армения | 4 |", "| Беларусь | 9 |", "| Казахстан | 7 |", "| Киргизия | 6 |", "| Россия | 12 |", "| Таджикистан | 5 |"]
                : Enumerable.Range(2019, 7).Select(year => $"| {year} | {10 + (year * 7 + i) % 9} | {2 + (year + i) % 5} | {3 + (year * 3 + i) % 7} |").ToArray();
            foreach (var row in rows)
            {
                charts.Append(row).Append('\n');
            }
            charts.Append("\nРисунок ").Append(i + 1).Append(" — Мероприятия (").Append(kinds[i]).Append(")\n:::\n");
        }
        File.WriteAllText(path + ".tmp", File.ReadAllText(Report) + "\n" + charts);
        File.Move(path + ".tmp", path, overwrite: true);
        return path;
    }

    /// <summary>
    /// The footnote flood of issues 15/16: one paragraph with 16 000 footnote references, each footnote a short line,
    /// written once into the temp folder (such a paragraph took 50.6 s before the paginator's carried footnote lines
    /// became a queue; 10^5 footnotes ran for half an hour).
    /// </summary>
    public static string FootnoteFlood()
    {
        const int count = 16_000;
        var path = Path.Combine(Path.GetTempPath(), "csto-bench-footnotes.md");
        var text = new System.Text.StringBuilder("---\ntitle: Сноски\n---\n\n");
        for (var i = 1; i <= count; i++)
        {
            text.Append(i == 1 ? "Текст" : " текст").Append("[^").Append(i).Append(']');
        }
        text.Append(".\n");
        for (var i = 1; i <= count; i++)
        {
            text.Append("\n[^").Append(i).Append("]: Примечание ").Append(i).Append(".\n");
        }
        File.WriteAllText(path + ".tmp", text.ToString());
        File.Move(path + ".tmp", path, overwrite: true);
        return path;
    }

    private static string FindCheckout()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Csto.Domain.sln")))
            {
                return dir.FullName;
            }
        }
        throw new BenchInputException($"No Csto.Domain.sln above {AppContext.BaseDirectory}: run the benchmark from a checkout.");
    }

    private static string FindFolder()
    {
        var shared = Environment.GetEnvironmentVariable(SharedVariable) is { Length: > 0 } named
            ? named
            : Path.Combine(Checkout, "..", "shared");
        var folder = Path.GetFullPath(Path.Combine(shared, "bench"));
        return File.Exists(Path.Combine(folder, "report.md"))
            ? folder
            : throw new BenchInputException($"No benchmark input {Path.Combine(folder, "report.md")}: put the project's shared folder beside the checkout, or name it with {SharedVariable}=DIR.");
    }
}

/// <summary>A benchmark input that cannot be found; the message says where it was looked for.</summary>
internal sealed class BenchInputException(string message) : Exception(message);
