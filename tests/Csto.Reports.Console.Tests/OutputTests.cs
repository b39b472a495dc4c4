using System.Diagnostics;
using System.Security.Cryptography;
using System.Text;
using Csto.Testing;

namespace Csto.Reports.Console.Tests;

/// <summary>What the console writes: whole sets of files per input, zone-independent PDFs, clear output errors, clean-up after kills.</summary>
public sealed class OutputTests
{
    [Fact]
    public void Pdf_bytes_and_dates_do_not_depend_on_the_machine_time_zone()
    {
        using var folder = new TempFolder();
        string[] zones = ["UTC", "Pacific/Kiritimati", "America/Los_Angeles"];
        foreach (var zone in zones)
        {
            var out_ = "out-" + zone.Replace('/', '-');
            var samples = ConsoleRun.RunWith(folder.Path, new Dictionary<string, string> { ["TZ"] = zone }, "samples", "--format", "pdf", "--out", out_, "--quiet");
            samples.ExitCode.Should().Be(0, samples.Error);
            var pdfa = ConsoleRun.RunWith(folder.Path, new Dictionary<string, string> { ["TZ"] = zone }, "render", ConsoleRun.Sample, "--pdfa", "--format", "pdf", "--out", out_ + "-a", "--quiet");
            pdfa.ExitCode.Should().Be(0, pdfa.Error);
        }

        foreach (var suffix in new[] { string.Empty, "-a" })
        {
            var reference = Directory.GetFiles(folder.File("out-UTC" + suffix)).Select(Path.GetFileName).Order(StringComparer.Ordinal).ToList();
            reference.Should().NotBeEmpty();
            foreach (var zone in zones.Skip(1))
            {
                foreach (var name in reference)
                {
                    File.ReadAllBytes(folder.File($"out-{zone.Replace('/', '-')}{suffix}/{name}")).Should()
                        .Equal(File.ReadAllBytes(folder.File($"out-UTC{suffix}/{name}")), $"{name} rendered with TZ={zone} must equal the UTC rendering");
                }
            }
        }
        using (var pdf = UglyToad.PdfPig.PdfDocument.Open(folder.File("out-America-Los_Angeles-a/wg-afghanistan-42.pdf")))
        {
            pdf.Information.CreationDate.Should().Be("D:20251203000000Z", "the document's date, in UTC");
            pdf.Information.ModifiedDate.Should().Be("D:20251203000000Z");
            pdf.TryGetXmpMetadata(out var xmp).Should().BeTrue("a PDF/A file carries XMP metadata");
            Encoding.UTF8.GetString(xmp!.GetXmlBytes().ToArray()).Should().Contain("<xmp:CreateDate>2025-12-03T00:00:00Z</xmp:CreateDate>", "the PDF/A metadata says the same");
        }
    }

    [Fact]
    public void A_png_page_set_has_a_manifest_matching_exactly_its_pages()
    {
        using var folder = new TempFolder();
        Directory.CreateDirectory(folder.File("out"));
        for (var page = 1; page <= 9; page++)
        {
            File.WriteAllText(folder.File($"out/wg-afghanistan-42.p{page:000}.png"), "a page of an earlier, longer rendering");
        }

        var run = ConsoleRun.Run(folder.Path, "render", ConsoleRun.Sample, "--format", "png", "--dpi", "20", "--quiet");

        run.ExitCode.Should().Be(0, run.Error);
        var manifest = File.ReadAllLines(folder.File("out/wg-afghanistan-42.pages.txt"));
        manifest[0].Should().StartWith("#");
        var listed = manifest.Skip(1).Select(l => l.Split(' ')).ToList();
        listed.Should().NotBeEmpty().And.HaveCountLessThan(9);
        listed.Select(l => l[0]).Should().Equal(Enumerable.Range(1, listed.Count).Select(p => $"wg-afghanistan-42.p{p:000}.png"));
        foreach (var entry in listed)
        {
            Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(folder.File("out/" + entry[0])))).Should().Be(entry[1], $"{entry[0]} is the page the manifest lists");
        }
        Directory.GetFiles(folder.File("out"), "*.png").Should().HaveCount(listed.Count, "pages of the earlier, longer rendering are removed");
        Directory.GetFileSystemEntries(folder.File("out"), ".*").Should().BeEmpty("no staging folder or temporary file is left");
    }

    [Fact]
    public void Sigterm_cancels_a_render_replacing_nothing_and_a_killed_run_is_cleaned_up_by_the_next()
    {
        using var folder = new TempFolder();
        File.Copy(RepositoryPaths.BenchReport, folder.File("report.md"));
        Directory.CreateDirectory(folder.File("out"));
        File.WriteAllText(folder.File("out/report.pdf"), "the previous rendering");
        string[] arguments = ["render", "report.md", "--format", "pdf,png", "--dpi", "20", "--quiet"];

        using (var terminated = ConsoleRun.Start(folder.Path, new Dictionary<string, string>(), arguments))
        {
            WaitForStagedPages(folder.File("out"), terminated);
            using (var kill = Process.Start("kill", ["-TERM", terminated.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
            {
                kill.WaitForExit();
            }
            var result = ConsoleRun.Wait(terminated, arguments);
            result.ExitCode.Should().Be(130, "SIGTERM cancels as Ctrl+C does: " + result.Error);
            result.Error.Should().Contain("Cancelled").And.NotContain("   at ");
        }
        File.ReadAllText(folder.File("out/report.pdf")).Should().Be("the previous rendering", "the PDF was complete, but the input's PNG pages were not");
        Directory.GetFileSystemEntries(folder.File("out")).Select(Path.GetFileName).Should().Equal(["report.pdf"], "the cancelled run removed what it staged");

        using (var killed = ConsoleRun.Start(folder.Path, new Dictionary<string, string>(), arguments))
        {
            WaitForStagedPages(folder.File("out"), killed);
            killed.Kill();
            killed.WaitForExit();
        }
        Directory.GetDirectories(folder.File("out"), ".report.*.tmp").Should().ContainSingle("a killed process cannot clean up");
        File.ReadAllText(folder.File("out/report.pdf")).Should().Be("the previous rendering");

        var next = ConsoleRun.Run(folder.Path, "render", "report.md", "--format", "pdf", "--quiet");

        next.ExitCode.Should().Be(0, next.Error);
        Directory.GetFileSystemEntries(folder.File("out")).Select(Path.GetFileName).Should().Equal(["report.pdf"], "the next run of the same outputs removed the dead run's staging folder");
        File.ReadAllBytes(folder.File("out/report.pdf")).Take(5).Should().Equal("%PDF-"u8.ToArray());
    }

    [Fact]
    public void An_out_that_is_a_file_exits_1_naming_it_before_any_input_is_rendered()
    {
        using var folder = new TempFolder();
        File.WriteAllText(folder.File("out"), "not a folder");

        var run = ConsoleRun.Run(folder.Path, "render", ConsoleRun.Sample, "--out", "out");

        run.ExitCode.Should().Be(1, run.Error);
        run.Error.Trim().Should().Be("out: cannot write: it is a file, not a folder (--out names the folder the files go to)");
        run.Output.Should().BeEmpty("no input was rendered, so no progress line and no summary");
        File.ReadAllText(folder.File("out")).Should().Be("not a folder");
    }

    [Fact]
    public void An_out_below_a_file_exits_1_with_the_cause()
    {
        using var folder = new TempFolder();
        File.WriteAllText(folder.File("plain"), "a file");

        var run = ConsoleRun.Run(folder.Path, "render", ConsoleRun.Sample, "--out", "plain/reports", "--format", "pdf", "--quiet");

        run.ExitCode.Should().Be(1, run.Error);
        run.Error.Should().Contain("plain/reports: cannot write:").And.NotContain("internal error");
    }

    private static void WaitForStagedPages(string folder, Process process)
    {
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < TimeSpan.FromMinutes(2))
        {
            process.HasExited.Should().BeFalse("the render must still run when it is signalled");
            if (Directory.Exists(folder) && Directory.EnumerateDirectories(folder, ".report.*.tmp")
                    .Any(d => Directory.EnumerateFiles(d, "report.p*.png").Skip(1).Any()))
            {
                return;
            }
            Thread.Sleep(20);
        }
        throw new TimeoutException("The render staged no PNG page in 2 minutes.");
    }
}
