using System.Runtime;

namespace Csto.Reports.Console.Startup;

/// <summary>
/// Multi-core JIT (<see cref="ProfileOptimization"/>): a command records which methods it compiled at run time, in a
/// profile per command and format list in the user's cache folder, and the next start of the same command compiles
/// them on a second thread while the first one works (issue 13). Only the commands that lay out documents (render,
/// samples, validate) keep one.
/// </summary>
/// <remarks>
/// <para>
/// ReadyToRun leaves some 1 400 methods to the JIT in a PDF render (generic collections and async state machines over
/// our types, which only the framework's own version bubble could precompile), nearly all on the one thread that reads,
/// typesets and lays out. The profile lets the other core compile them ahead: on the linux-x64 build, the bench
/// report to PDF took 0.715 s wall and 0.846 s CPU without it, 0.613 s and 0.915 s with it (medians of 21 alternating
/// runs on a 2-core machine; README, Performance).
/// </para>
/// <para>
/// The profile is written when the process ends: <c>$XDG_CACHE_HOME/csto-reports</c> (else <c>~/.cache/csto-reports</c>)
/// on Linux, <c>~/Library/Caches/csto-reports</c> on macOS, <c>%LOCALAPPDATA%\csto-reports</c> on Windows, one file of
/// about 70 kB per command and format list (at most 15 files). The runtime ignores a profile's record of an assembly
/// whose version differs, so an update of the tool needs no clean-up. Output does not depend on it: only when methods
/// are compiled changes, not what they compute. <c>CSTO_REPORTS_JIT_PROFILE=0</c> turns it off (nothing is read or
/// written), as does a cache folder that cannot be created. Native AOT has no JIT and ignores it.
/// </para>
/// </remarks>
internal static class JitProfile
{
    /// <summary>The environment variable that turns the profile off when it is <c>0</c>.</summary>
    public const string Switch = "CSTO_REPORTS_JIT_PROFILE";

    /// <summary>Starts recording (and plays back the last recording) of the profile named <paramref name="name"/>.</summary>
    /// <param name="name">The command and its formats, such as <c>render.pdf-docx</c>: letters, digits, '.' and '-' only.</param>
    public static void Start(string name)
    {
        if (Environment.GetEnvironmentVariable(Switch) == "0" || Folder() is not { } folder)
        {
            return;
        }
        try
        {
            Directory.CreateDirectory(folder);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            return;
        }
        ProfileOptimization.SetProfileRoot(folder);
        ProfileOptimization.StartProfile(name + ".jitprofile");
    }

    /// <summary>The user's cache folder for the tool, or null when the platform gives none.</summary>
    private static string? Folder()
    {
        string? cache;
        if (OperatingSystem.IsWindows())
        {
            cache = Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData);
        }
        else if (Environment.GetEnvironmentVariable("XDG_CACHE_HOME") is { } xdg && Path.IsPathFullyQualified(xdg) && !OperatingSystem.IsMacOS())
        {
            cache = xdg;
        }
        else
        {
            var home = Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
            cache = home.Length == 0 ? null : Path.Combine(home, OperatingSystem.IsMacOS() ? "Library/Caches" : ".cache");
        }
        return string.IsNullOrEmpty(cache) ? null : Path.Combine(cache, "csto-reports");
    }
}
