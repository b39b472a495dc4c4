using System.Runtime.InteropServices;
using System.Text.Json;

namespace Csto.Reports.Console.Tests;

/// <summary>
/// The console runs on the runtime's garbage collector with segments (System.GC.Name in its runtime settings, issue 13):
/// the library it names is one of the runtime's own, and a started console loads it (or the one DOTNET_GCName names).
/// </summary>
public sealed class GarbageCollectorTests
{
    private static string ConfiguredName()
    {
        using var settings = JsonDocument.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "csto-reports.runtimeconfig.json")));
        return settings.RootElement.GetProperty("runtimeOptions").GetProperty("configProperties").GetProperty("System.GC.Name").GetString()!;
    }

    [Fact]
    public void The_settings_name_a_garbage_collector_the_runtime_ships()
    {
        var name = ConfiguredName();
        var expected = OperatingSystem.IsWindows() ? "clrgc.dll" : OperatingSystem.IsMacOS() ? "libclrgc.dylib" : "libclrgc.so";
        name.Should().Be(expected, "the file name of the segments GC on this platform");
        File.Exists(Path.Combine(RuntimeEnvironment.GetRuntimeDirectory(), name)).Should().BeTrue(
            "a runtime without the library named would not start the console ({0})", RuntimeEnvironment.GetRuntimeDirectory());
    }

    [Fact]
    public void On_linux_a_started_console_loads_that_collector_and_DOTNET_GCName_wins_over_it()
    {
        if (!OperatingSystem.IsLinux())
        {
            return; // The dynamic loader's trace (LD_DEBUG) is what shows the library loaded.
        }
        using var folder = new TempFolder();
        var run = ConsoleRun.RunWith(folder.Path, new Dictionary<string, string> { ["LD_DEBUG"] = "files" }, "--version");
        run.ExitCode.Should().Be(0, run.Error);
        if (!run.Error.Contains("calling init:", StringComparison.Ordinal))
        {
            return; // A C library without LD_DEBUG (musl) traces nothing.
        }
        Loaded(run.Error).Should().Contain("libclrgc.so").And.NotContain("libclrgcexp.so");

        var regions = ConsoleRun.RunWith(folder.Path, new Dictionary<string, string> { ["LD_DEBUG"] = "files", ["DOTNET_GCName"] = "libclrgcexp.so" }, "--version");
        regions.ExitCode.Should().Be(0, regions.Error);
        Loaded(regions.Error).Should().Contain("libclrgcexp.so").And.NotContain("libclrgc.so");
    }

    /// <summary>The file names of the libraries the loader initialised (its lines "calling init: PATH").</summary>
    private static List<string> Loaded(string trace) =>
        [.. trace.Split('\n')
            .Select(line => line.IndexOf("calling init: ", StringComparison.Ordinal) is var at and >= 0 ? line[(at + 14)..].Trim() : null)
            .OfType<string>()
            .Select(path => Path.GetFileName(path)!)
            .Distinct()];
}
