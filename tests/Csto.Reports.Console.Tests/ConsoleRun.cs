using System.Diagnostics;

namespace Csto.Reports.Console.Tests;

/// <summary>Runs the console (csto-reports.dll beside the tests) as a child process.</summary>
internal static class ConsoleRun
{
    public sealed record Result(int ExitCode, string Output, string Error);

    /// <summary>A valid bundled data file (the 42nd session of the Afghanistan working group).</summary>
    public static string Sample { get; } = Path.Combine(Csto.Testing.RepositoryPaths.SampleData, "wg-afghanistan-42.json");

    public static Result Run(string workingDirectory, params string[] arguments) =>
        RunWith(workingDirectory, new Dictionary<string, string>(), arguments);

    /// <summary>Runs the console with extra environment variables (such as TZ).</summary>
    public static Result RunWith(string workingDirectory, IReadOnlyDictionary<string, string> environment, params string[] arguments)
    {
        using var process = Start(workingDirectory, environment, arguments);
        return Wait(process, arguments);
    }

    /// <summary>Starts the console without waiting for it (to signal or kill it).</summary>
    public static Process Start(string workingDirectory, IReadOnlyDictionary<string, string> environment, params string[] arguments)
    {
        var dll = Path.Combine(AppContext.BaseDirectory, "csto-reports.dll");
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.ArgumentList.Add(dll);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }
        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }
        return Process.Start(start) ?? throw new InvalidOperationException("Cannot start the console.");
    }

    /// <summary>Waits for a started console to end and collects what it printed.</summary>
    public static Result Wait(Process process, params string[] arguments)
    {
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(3)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"csto-reports {string.Join(' ', arguments)} did not finish in 3 minutes.");
        }
        return new Result(process.ExitCode, output.Result, error.Result);
    }
}

/// <summary>A temporary folder removed after the test.</summary>
internal sealed class TempFolder : IDisposable
{
    public TempFolder() => Directory.CreateDirectory(Path);

    public string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "csto-console-" + Guid.NewGuid().ToString("N"));

    public string File(string name) => System.IO.Path.Combine(Path, name);

    public void Dispose() => Directory.Delete(Path, recursive: true);
}
