using System.Runtime;
using System.Runtime.InteropServices;
using Csto.Reporting.Rendering;
using Csto.Reports.Console.Inputs;

namespace Csto.Reports.Console.Startup;

/// <summary>
/// Multi-core JIT (<see cref="ProfileOptimization"/>): a command records which methods it compiled at run time, in a
/// profile per command, input kind and format list in the user's cache folder, and the next start of the same kind of
/// run compiles them on a second thread while the first one works (issue 13). Only the commands that lay out documents
/// (render, samples, validate) keep one, and only once their arguments are checked: help and usage errors leave it
/// alone.
/// </summary>
/// <remarks>
/// <para>
/// ReadyToRun leaves some 700 methods to the JIT in a PDF render (generics reached only through interfaces, static
/// constructors, code for instruction sets beyond the baseline; 1 400 before the framework's generics over our types
/// were compiled into our images, see the project), nearly all on the one thread that reads, typesets and lays out.
/// The profile lets the other core compile them ahead: on the linux-x64 build, the bench report to PDF took 0.715 s
/// wall and 0.846 s CPU without it, 0.613 s and 0.915 s with it (medians of 21 alternating runs on a 2-core machine;
/// README, Performance), and with those generics precompiled 0.61 s without it and 0.52 s with it. For <c>templates</c> it cost more than it saved (0.135 s wall and
/// CPU without, 0.146 s wall and 0.183 s CPU with), so the commands that lay out nothing keep none.
/// </para>
/// <para>
/// The runtime writes a profile when the process ends, some 10 000 unbuffered writes of a few bytes each: 18 ms of
/// every bench report render on this machine (issue 13, session 17). So on Linux the profile is written only when
/// there is something to learn: by a run that succeeds (exit code 0) when its profile is missing, was recorded by
/// another build of the tool, or is older than <see cref="RefreshAfter"/> (so that it follows what the user renders);
/// every other run plays the profile back and leaves it as it is, and of runs that end together only the one holding
/// the folder's lock writes (the runtime writes in place, so two writers could mix their records). The runtime is given the folder as
/// <c>/proc/self/fd/N</c>, N an open handle of it, and a run that must not write turns that handle into one of
/// <c>/dev/null</c> before it ends, so the runtime's write finds no folder. On macOS and Windows the runtime writes at
/// every exit, whatever the outcome, as it does by default.
/// </para>
/// <para>
/// Where: <c>$XDG_CACHE_HOME/csto-reports</c> (else <c>~/.cache/csto-reports</c>) on Linux,
/// <c>~/Library/Caches/csto-reports</c> on macOS, <c>%LOCALAPPDATA%\csto-reports</c> on Windows: one file of about 50
/// to 200 kB per command, input kind (data files, Markdown or both) and format list, named with the build
/// (<c>render.markdown.pdf.0123456789ab.jitprofile</c>; at most 31 files a build), and a profile written removes those
/// other builds wrote more than a day ago. Folders are created readable by the user only; a profile folder that others may write to turns the profile
/// off (they could put a link there that the runtime would write through, or a pipe it would wait on), and an entry of
/// the profile's name that is a link or not a file with content is removed first. Output does not depend on it: only
/// when methods are compiled changes, not what they compute. <c>CSTO_REPORTS_JIT_PROFILE=0</c> turns it off (nothing
/// is read or written), as does a cache folder that cannot be created. Native AOT has no JIT and ignores it.
/// </para>
/// </remarks>
internal static class JitProfile
{
    /// <summary>The environment variable that turns the profile off when it is <c>0</c>.</summary>
    public const string Switch = "CSTO_REPORTS_JIT_PROFILE";

    /// <summary>The age after which a successful run records its profile again: one day.</summary>
    public static readonly TimeSpan RefreshAfter = TimeSpan.FromDays(1);

    private const string Extension = ".jitprofile";
    private const UnixFileMode OthersMayWrite = UnixFileMode.GroupWrite | UnixFileMode.OtherWrite;
    private const UnixFileMode UserOnly = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute;

    /// <summary>The profile being played back and recorded, or null.</summary>
    private static Recording? current;

    /// <summary>
    /// The profile's name: the command, the kinds of its inputs (<c>data</c>, <c>markdown</c> or <c>data-markdown</c>;
    /// none for <c>samples</c>, whose inputs are fixed) and the formats it writes, each in a fixed order
    /// (<c>render.markdown.pdf-docx</c> for <c>--format docx,pdf</c> too), so each profile records the methods one kind
    /// of run compiles.
    /// </summary>
    /// <remarks>Loops rather than Linq: Linq's generics over the tool's types are compiled at run time, 8 ms of every
    /// start before the profile could compile anything (issue 13, session 17).</remarks>
    public static string NameOf(string command, IReadOnlyList<ReportInput> inputs, IReadOnlyList<ReportFormat> formats)
    {
        var name = new System.Text.StringBuilder(command);
        var data = false;
        var markdown = false;
        foreach (var input in inputs)
        {
            data |= !input.IsMarkdown;
            markdown |= input.IsMarkdown;
        }
        Append(name, '.', data, "data");
        Append(name, data ? '-' : '.', markdown, "markdown");
        var pdf = Has(formats, ReportFormat.Pdf);
        var docx = Has(formats, ReportFormat.Docx);
        Append(name, '.', pdf, "pdf");
        Append(name, pdf ? '-' : '.', docx, "docx");
        Append(name, pdf || docx ? '-' : '.', Has(formats, ReportFormat.Png), "png");
        return name.ToString();
    }

    private static bool Has(IReadOnlyList<ReportFormat> formats, ReportFormat format)
    {
        for (var i = 0; i < formats.Count; i++)
        {
            if (formats[i] == format)
            {
                return true;
            }
        }
        return false;
    }

    private static void Append(System.Text.StringBuilder name, char separator, bool present, string part)
    {
        if (present)
        {
            name.Append(separator).Append(part);
        }
    }

    /// <summary>Starts recording (and plays back the last recording) of the profile named <paramref name="name"/>.</summary>
    /// <param name="name">A name from <see cref="NameOf"/>.</param>
    public static void Start(string name)
    {
        if (current is not null || Environment.GetEnvironmentVariable(Switch) == "0" || Folder() is not { } folder)
        {
            return;
        }
        var build = Build(AppContext.BaseDirectory);
        var file = name + "." + build + Extension;
        if (Prepare(folder, Path.Combine(folder, file)) is not { } entry)
        {
            return;
        }
        var learned = entry.Exists && DateTime.UtcNow - entry.LastWriteTimeUtc < RefreshAfter;
        var handle = OperatingSystem.IsLinux() ? FolderHandle.Open(folder) : null;
        ProfileOptimization.SetProfileRoot(handle?.Path ?? folder);
        ProfileOptimization.StartProfile(file);
        current = new Recording(folder, build, learned, handle);
    }

    /// <summary>
    /// Decides, as the command ends, whether the runtime writes the profile at exit: on Linux only after a successful
    /// run whose profile was missing, of another build or old (see the remarks).
    /// </summary>
    /// <param name="succeeded">Whether the command succeeded (exit code 0).</param>
    public static void Finish(bool succeeded)
    {
        if (current is not { } recording)
        {
            return;
        }
        current = null;
        if (recording.Handle is not { } handle)
        {
            return;
        }
        try
        {
            if (succeeded && !recording.Learned && handle.TryLock())
            {
                RemoveOtherBuilds(recording.Folder, recording.Build);
            }
            else
            {
                handle.Withdraw();
            }
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            // A C library without flock or dup3 (none .NET runs on): the runtime writes the profile, as elsewhere.
        }
    }

    /// <summary>The files of the tool's build: the console's assembly and those of the libraries it lays out with.</summary>
    internal static readonly string[] BuildFiles = ["csto-reports.dll", "Csto.Domain.dll", "Csto.Reporting.dll", "Csto.Reporting.Pdf.dll", "Csto.Reporting.Docx.dll"];

    /// <summary>
    /// The build of the tool, as 12 hexadecimal digits of the length and last write time of each of the
    /// <see cref="BuildFiles"/> in <paramref name="folder"/> (a new build of any of them gets a new profile: the
    /// runtime would ignore the old one's records). The file system is asked rather than the assemblies: loading the
    /// PDF and DOCX libraries this early, only to read their module version ids, held the render's profile back by
    /// 5–10 ms. Where the files are not there (a single-file bundle), the module version ids decide.
    /// </summary>
    internal static string Build(string folder)
    {
        // FNV-1a, 64 bits, over each file's length and last write time.
        var hash = 14695981039346656037UL;
        foreach (var name in BuildFiles)
        {
            var file = new FileInfo(Path.Combine(folder, name));
            if (!file.Exists)
            {
                return BuildOfAssemblies();
            }
            foreach (var value in (ReadOnlySpan<long>)[file.Length, file.LastWriteTimeUtc.Ticks])
            {
                for (var shift = 0; shift < 64; shift += 8)
                {
                    hash = (hash ^ (byte)(value >> shift)) * 1099511628211UL;
                }
            }
        }
        return hash.ToString("x16", System.Globalization.CultureInfo.InvariantCulture)[..12];
    }

    /// <summary>The build as 12 hexadecimal digits of the module version ids of the assemblies of <see cref="BuildFiles"/>.</summary>
    private static string BuildOfAssemblies()
    {
        Span<byte> mixed = stackalloc byte[16];
        Span<byte> id = stackalloc byte[16];
        foreach (var type in BuildTypes())
        {
            type.Assembly.ManifestModule.ModuleVersionId.TryWriteBytes(id);
            for (var i = 0; i < mixed.Length; i++)
            {
                mixed[i] ^= id[i];
            }
        }
        return Convert.ToHexString(mixed[..6]).ToLowerInvariant();
    }

    /// <summary>A type of each assembly of <see cref="BuildFiles"/>, in that order.</summary>
    internal static Type[] BuildTypes() =>
        [typeof(JitProfile), typeof(Domain.CstoRecord), typeof(Reporting.Generation.ReportGenerator), typeof(Reporting.Pdf.PdfReportRenderer), typeof(Reporting.Docx.DocxReportRenderer)];

    /// <summary>
    /// Removes the profiles other builds of the tool recorded more than <see cref="RefreshAfter"/> ago (best effort): a
    /// build still in use (`dotnet run` beside the installed tool) writes its profile again within a day and keeps it.
    /// </summary>
    private static void RemoveOtherBuilds(string folder, string build)
    {
        try
        {
            foreach (var path in Directory.EnumerateFiles(folder, "*" + Extension))
            {
                var name = Path.GetFileNameWithoutExtension(path);
                if (!name.EndsWith("." + build, StringComparison.Ordinal) && DateTime.UtcNow - File.GetLastWriteTimeUtc(path) > RefreshAfter)
                {
                    File.Delete(path);
                }
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Another process may be removing them too; what stays is removed by the next profile written.
        }
    }

    /// <summary>Creates the folder (user only) and clears the way for the profile: the profile's entry, or null when the profile must stay off.</summary>
    private static FileInfo? Prepare(string folder, string profile)
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
                    return null;
                }
            }
            var entry = new FileInfo(profile);
            if (entry.LinkTarget is not null || (entry.Exists && entry.Length == 0))
            {
                // A link, or an empty file, pipe or device node: the runtime would write through it or wait on it.
                entry.Delete();
            }
            return Directory.Exists(profile) ? null : entry;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            return null;
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

    /// <summary>A profile being played back and recorded: its folder, the build, whether it was learned already, and the folder's handle.</summary>
    private sealed record Recording(string Folder, string Build, bool Learned, FolderHandle? Handle);

    /// <summary>
    /// An open handle of the profile folder, which the runtime is given as <c>/proc/self/fd/N</c>: while it is open the
    /// runtime writes the profile into the folder at exit; <see cref="Withdraw"/> puts <c>/dev/null</c> in its place, so
    /// that the write finds no folder (and the number is not reused by another folder opened before the exit).
    /// </summary>
    private sealed class FolderHandle
    {
        // O_RDONLY and O_CLOEXEC, the same on x64 and arm64 (O_DIRECTORY is not: whether the handle is a folder is
        // seen through /proc instead).
        private const int ReadOnly = 0;
        private const int CloseOnExec = 0x80000;
        private const int LockExclusive = 2;
        private const int LockNonBlocking = 4;

        private readonly int number;

        private FolderHandle(int number)
        {
            this.number = number;
            Path = "/proc/self/fd/" + number.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        /// <summary>The folder's path through the handle.</summary>
        public string Path { get; }

        /// <summary>Opens <paramref name="folder"/>; null where it cannot be opened or <c>/proc</c> does not show it (the runtime is then given the folder itself).</summary>
        public static FolderHandle? Open(string folder)
        {
            try
            {
                var number = OpenFile(NullTerminated(folder), ReadOnly | CloseOnExec);
                if (number < 0)
                {
                    return null;
                }
                var handle = new FolderHandle(number);
                if (Directory.Exists(handle.Path))
                {
                    return handle;
                }
                _ = CloseFile(number);
                return null;
            }
            catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
            {
                return null;
            }
        }

        /// <summary>
        /// Takes the folder's lock (<c>flock</c>, exclusive, not waiting), which the process holds until it has ended
        /// and the runtime has written: of runs that end together, one writes and the others leave the profile alone
        /// (the runtime writes in place, so two writers at once could mix their records). False when another process
        /// holds it.
        /// </summary>
        public bool TryLock() => Lock(number, LockExclusive | LockNonBlocking) == 0;

        /// <summary>
        /// Takes the folder away from the runtime: the handle's number now stands for <c>/dev/null</c>. Where that
        /// cannot be opened the handle stays as it is and the profile is written, as on the other systems (closing it
        /// would free the number for another folder opened before the exit, which the runtime would then write into).
        /// </summary>
        public void Withdraw()
        {
            var nothing = OpenFile(NullTerminated("/dev/null"), ReadOnly | CloseOnExec);
            if (nothing >= 0)
            {
                _ = DuplicateTo(nothing, number, CloseOnExec);
                _ = CloseFile(nothing);
            }
        }

        private static byte[] NullTerminated(string path) => System.Text.Encoding.UTF8.GetBytes(path + "\0");

        [DllImport("libc", EntryPoint = "open")]
        private static extern int OpenFile(byte[] path, int flags);

        [DllImport("libc", EntryPoint = "dup3")]
        private static extern int DuplicateTo(int from, int to, int flags);

        [DllImport("libc", EntryPoint = "flock")]
        private static extern int Lock(int number, int operation);

        [DllImport("libc", EntryPoint = "close")]
        private static extern int CloseFile(int number);
    }
}
