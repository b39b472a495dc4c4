using System.Runtime;
using Csto.Reporting.Rendering;

namespace Csto.Reports.Console.Startup;

/// <summary>
/// Multi-core JIT (<see cref="ProfileOptimization"/>): a command records which methods it compiled at run time, in a
/// profile per command and format list in the user's cache folder, and the next start of the same command compiles
/// them on a second thread while the first one works (issue 13). Only the commands that lay out documents (render,
/// samples, validate) keep one, and only once their arguments are checked: help and usage errors leave it alone.
/// </summary>
/// <remarks>
/// <para>
/// ReadyToRun leaves some 770 methods to the JIT in a PDF render (generics reached only through interfaces, static
/// constructors, code for instruction sets beyond the baseline; 1 400 before the framework's generics over our types
/// were compiled into our images, see the project), nearly all on the one thread that reads, typesets and lays out.
/// The profile lets the other core compile them ahead: on the linux-x64 build, the bench report to PDF took 0.715 s
/// wall and 0.846 s CPU without it, 0.613 s and 0.915 s with it (medians of 21 alternating runs on a 2-core machine;
/// README, Performance), and with those generics precompiled 0.61 s without it and 0.52 s with it. For <c>templates</c> it cost more than it saved (0.135 s wall and
/// CPU without, 0.146 s wall and 0.183 s CPU with), so the commands that lay out nothing keep none.
/// </para>
/// <para>
/// The runtime writes the profile when the process ends, whatever the outcome: a run that fails or is cancelled early
/// leaves a shorter profile, and the next complete run records the whole again. Where: <c>$XDG_CACHE_HOME/csto-reports</c>
/// (else <c>~/.cache/csto-reports</c>) on Linux, <c>~/Library/Caches/csto-reports</c> on macOS,
/// <c>%LOCALAPPDATA%\csto-reports</c> on Windows, one file of about 70 to 200 kB per command and format list (at most
/// 15 files). Folders are created readable by the user only; a profile folder that others may write to turns the
/// profile off (they could put a link there that the runtime would write through, or a pipe it would wait on), and an
/// entry of the profile's name that is a link or not a file with content is removed first. The runtime ignores a
/// profile's record of an assembly whose version differs, so an update of the tool needs no clean-up. Output does not
/// depend on it: only when methods are compiled changes, not what they compute. <c>CSTO_REPORTS_JIT_PROFILE=0</c>
/// turns it off (nothing is read or written), as does a cache folder that cannot be created. Native AOT has no JIT
/// and ignores it.
/// </para>
/// </remarks>
internal static class JitProfile
{
    /// <summary>The environment variable that turns the profile off when it is <c>0</c>.</summary>
    public const string Switch = "CSTO_REPORTS_JIT_PROFILE";

    private const UnixFileMode OthersMayWrite = UnixFileMode.GroupWrite | UnixFileMode.OtherWrite;
    private const UnixFileMode UserOnly = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute;

    /// <summary>
    /// The profile's name: the command, and the formats it writes in a fixed order (<c>render.pdf-docx</c> for
    /// <c>--format docx,pdf</c> too), so each profile records the methods one kind of run compiles.
    /// </summary>
    public static string NameOf(string command, IEnumerable<ReportFormat> formats)
    {
        var names = string.Join('-', formats.Distinct().Order().Select(f => f.ToString().ToLowerInvariant()));
        return names.Length == 0 ? command : command + "." + names;
    }

    /// <summary>Starts recording (and plays back the last recording) of the profile named <paramref name="name"/>.</summary>
    /// <param name="name">A name from <see cref="NameOf"/>.</param>
    public static void Start(string name)
    {
        var file = name + ".jitprofile";
        if (Environment.GetEnvironmentVariable(Switch) == "0" || Folder() is not { } folder || !Prepare(folder, Path.Combine(folder, file)))
        {
            return;
        }
        ProfileOptimization.SetProfileRoot(folder);
        ProfileOptimization.StartProfile(file);
    }

    /// <summary>Creates the folder (user only) and clears the way for the profile; false when the profile must stay off.</summary>
    private static bool Prepare(string folder, string profile)
    {
        try
        {
            if (OperatingSystem.IsWindows())
            {
                Directory.CreateDirectory(folder);
            }
            else
            {
                // The cache folder too, when it is new (as the XDG base directory specification asks).
                Directory.CreateDirectory(Path.GetDirectoryName(folder)!, UserOnly);
                Directory.CreateDirectory(folder, UserOnly);
                if ((File.GetUnixFileMode(folder) & OthersMayWrite) != 0)
                {
                    return false;
                }
            }
            var entry = new FileInfo(profile);
            if (entry.LinkTarget is not null || (entry.Exists && entry.Length == 0))
            {
                // A link, or an empty file, pipe or device node: the runtime would write through it or wait on it.
                entry.Delete();
            }
            return !Directory.Exists(profile);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            return false;
        }
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
