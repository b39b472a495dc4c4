namespace Csto.Reports.Console.Tests;

/// <summary>
/// The multi-core JIT profile (<c>Startup/JitProfile</c>): a command records the methods it compiled in the user's cache
/// folder, the next start plays them back, the output does not change, and nothing breaks when it cannot be written;
/// on Linux a profile is written only by a successful run that has something to add.
/// </summary>
public sealed class JitProfileTests
{
    private static Dictionary<string, string> CacheAt(string folder) => new() { ["XDG_CACHE_HOME"] = folder, ["HOME"] = folder };

    /// <summary>The profiles in a cache folder, by file name, with the build's 12 hexadecimal digits replaced by <c>BUILD</c>.</summary>
    private static string[] Profiles(string cache) =>
        Directory.Exists(Path.Combine(cache, "csto-reports"))
            ? [.. Directory.GetFiles(Path.Combine(cache, "csto-reports")).Select(f => System.Text.RegularExpressions.Regex.Replace(Path.GetFileName(f), @"\.[0-9a-f]{12}\.jitprofile$", ".BUILD.jitprofile")).Order(StringComparer.Ordinal)]
            : [];

    /// <summary>The one profile file in a cache folder.</summary>
    private static string OnlyProfile(string cache) => Directory.GetFiles(Path.Combine(cache, "csto-reports"), "*.jitprofile").Should().ContainSingle().Subject;

    /// <summary>Renders the sample in <paramref name="formats"/> to <paramref name="output"/>, which must succeed.</summary>
    private static ConsoleRun.Result Render(TempFolder folder, Dictionary<string, string> environment, string formats, string output)
    {
        var run = ConsoleRun.RunWith(folder.Path, environment, "render", ConsoleRun.Sample, "--format", formats, "--out", output, "--quiet");
        run.ExitCode.Should().Be(0, run.Error);
        return run;
    }

    [Fact]
    public void A_render_records_the_methods_it_compiled_and_the_next_render_plays_them_back_with_the_same_bytes()
    {
        using var folder = new TempFolder();
        var environment = CacheAt(folder.File("cache"));

        Render(folder, environment, "docx,pdf", "one");
        Profiles(folder.File("cache")).Should().Equal(["render.data.pdf-docx.BUILD.jitprofile"],
            "the render records a profile named after the command, its inputs' kind, its formats in a fixed order and the build");
        var profile = new FileInfo(OnlyProfile(folder.File("cache")));
        // A record per compiled method (a few words each): a render compiles thousands, far more than 8 kB of them.
        profile.Length.Should().BeGreaterThan(8_000, "the profile holds the methods the render compiled");

        Render(folder, environment, "pdf,docx", "two");
        foreach (var name in new[] { "wg-afghanistan-42.pdf", "wg-afghanistan-42.docx" })
        {
            File.ReadAllBytes(folder.File("two/" + name)).Should().Equal(File.ReadAllBytes(folder.File("one/" + name)),
                $"{name} rendered with the profile played back must equal the one rendered while it was recorded");
        }
        Profiles(folder.File("cache")).Should().Equal(["render.data.pdf-docx.BUILD.jitprofile"], "`--format pdf,docx` and `--format docx,pdf` share one profile");
    }

    [Fact]
    public void Help_and_usage_errors_leave_the_learned_profile_as_it_was()
    {
        using var folder = new TempFolder();
        var environment = CacheAt(folder.File("cache"));
        Render(folder, environment, "pdf", "one");
        var profile = OnlyProfile(folder.File("cache"));
        var learned = File.ReadAllBytes(profile);

        ConsoleRun.RunWith(folder.Path, environment, "render", "--help").ExitCode.Should().Be(0);
        ConsoleRun.RunWith(folder.Path, environment, "render", ConsoleRun.Sample, "--format", "xyz").ExitCode.Should().Be(2);
        ConsoleRun.RunWith(folder.Path, environment, "render", folder.File("missing.json"), "--format", "pdf").ExitCode.Should().Be(2);
        ConsoleRun.RunWith(folder.Path, environment, "samples", "--theme", "nonexistent", "--format", "pdf").ExitCode.Should().Be(2);

        File.ReadAllBytes(profile).Should().Equal(learned, "a run that stops at its arguments records nothing");
        Profiles(folder.File("cache")).Should().Equal(["render.data.pdf.BUILD.jitprofile"]);
    }

    [Fact]
    public void On_linux_a_profile_is_written_only_by_a_successful_run_whose_profile_is_missing_old_or_of_another_build()
    {
        if (!OperatingSystem.IsLinux())
        {
            return; // Elsewhere the runtime writes the profile at every exit (the folder is given as /proc/self/fd/N only on Linux).
        }
        using var folder = new TempFolder();
        var cache = folder.File("cache");
        var environment = CacheAt(cache);
        File.WriteAllText(folder.File("broken.json"), "{ \"template\": ");

        // A run that fails on its input plays a profile back (none yet) but does not write one.
        var failed = ConsoleRun.RunWith(folder.Path, environment, "render", folder.File("broken.json"), "--format", "pdf", "--quiet");
        failed.ExitCode.Should().Be(1, failed.Error);
        Profiles(cache).Should().BeEmpty("a run that fails records nothing: its profile would lack what a render compiles");

        // The first successful run writes it; the next one plays it back and leaves it as it was.
        Render(folder, environment, "pdf", "one");
        var profile = OnlyProfile(cache);
        var learned = File.ReadAllBytes(profile);
        var anHourAgo = DateTime.UtcNow.AddHours(-1);
        File.SetLastWriteTimeUtc(profile, anHourAgo);
        Render(folder, environment, "pdf", "two");
        File.GetLastWriteTimeUtc(profile).Should().Be(anHourAgo, "a profile learned less than a day ago is not written again");
        File.ReadAllBytes(profile).Should().Equal(learned);
        File.ReadAllBytes(folder.File("two/wg-afghanistan-42.pdf")).Should().Equal(File.ReadAllBytes(folder.File("one/wg-afghanistan-42.pdf")));
        ConsoleRun.RunWith(folder.Path, environment, "render", folder.File("broken.json"), "--format", "pdf", "--quiet").ExitCode.Should().Be(1);
        File.GetLastWriteTimeUtc(profile).Should().Be(anHourAgo, "nor by a run that fails");

        // A day old, it is written again, and the profiles other builds (or the names before builds were) wrote more
        // than a day ago go; one another build wrote today stays (that build is in use, `dotnet run` beside the tool).
        var twoDaysAgo = DateTime.UtcNow.AddDays(-2);
        File.SetLastWriteTimeUtc(profile, twoDaysAgo);
        var otherBuild = Path.Combine(cache, "csto-reports", "render.data.pdf.0123456789ab.jitprofile");
        var unnamedBuild = Path.Combine(cache, "csto-reports", "render.pdf.jitprofile");
        var buildInUse = Path.Combine(cache, "csto-reports", "render.data.pdf.ba9876543210.jitprofile");
        foreach (var (copy, written) in new[] { (otherBuild, twoDaysAgo), (unnamedBuild, twoDaysAgo), (buildInUse, anHourAgo) })
        {
            File.Copy(profile, copy);
            File.SetLastWriteTimeUtc(copy, written);
        }
        Render(folder, environment, "pdf", "three");
        File.GetLastWriteTimeUtc(profile).Should().BeAfter(twoDaysAgo.AddDays(1), "a profile older than a day is recorded again");
        new FileInfo(profile).Length.Should().BeGreaterThan(8_000);
        File.Exists(otherBuild).Should().BeFalse("a profile written removes those other builds wrote more than a day ago");
        File.Exists(unnamedBuild).Should().BeFalse("and those named before profiles carried the build");
        File.Exists(buildInUse).Should().BeTrue("a profile another build wrote within the day stays");
    }

    private static bool IsFree(string folder)
    {
        using var probe = System.Diagnostics.Process.Start("/usr/bin/flock", ["--nonblock", folder, "true"])!;
        probe.WaitForExit();
        return probe.ExitCode == 0;
    }

    [Fact]
    public void On_linux_a_run_ending_while_another_process_holds_the_folders_lock_leaves_the_profile_to_it()
    {
        if (!OperatingSystem.IsLinux() || !File.Exists("/usr/bin/flock"))
        {
            return; // flock(1) (util-linux, on every Debian machine) holds the lock as another run of the tool would.
        }
        using var folder = new TempFolder();
        var cache = folder.File("cache");
        var environment = CacheAt(cache);
        var profiles = Directory.CreateDirectory(Path.Combine(cache, "csto-reports")).FullName;
        File.SetUnixFileMode(profiles, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);

        // Another process holds the folder's lock (as a run of the tool does from its end until the runtime has written).
        using (var holder = System.Diagnostics.Process.Start("/usr/bin/flock", ["--exclusive", profiles, "sleep", "600"]))
        {
            try
            {
                var deadline = DateTime.UtcNow.AddSeconds(30);
                while (IsFree(profiles) && DateTime.UtcNow < deadline)
                {
                    Thread.Sleep(50);
                }
                IsFree(profiles).Should().BeFalse("flock(1) holds the lock by now");
                Render(folder, environment, "pdf", "one");
                Profiles(cache).Should().BeEmpty("the run that ends while another holds the lock does not write beside it");
            }
            finally
            {
                holder.Kill(entireProcessTree: true);
                holder.WaitForExit();
            }
        }
        Render(folder, environment, "pdf", "two");
        Profiles(cache).Should().Equal(["render.data.pdf.BUILD.jitprofile"], "once the lock is free, the next successful run writes");
    }

    [Fact]
    public void Markdown_and_data_files_keep_profiles_of_their_own()
    {
        using var folder = new TempFolder();
        var environment = CacheAt(folder.File("cache"));
        var markdown = Path.Combine(Csto.Testing.RepositoryPaths.SampleData, "analyst-note-eurasian-security.md");
        foreach (var inputs in new[] { new[] { ConsoleRun.Sample }, [markdown], [ConsoleRun.Sample, markdown] })
        {
            var run = ConsoleRun.RunWith(folder.Path, environment, ["render", .. inputs, "--format", "png,pdf", "--dpi", "24", "--out", "out", "--quiet"]);
            run.ExitCode.Should().Be(0, run.Error);
        }
        var validate = ConsoleRun.RunWith(folder.Path, environment, "validate", markdown);
        validate.ExitCode.Should().Be(0, validate.Error);
        Profiles(folder.File("cache")).Should().Equal(
            ["render.data-markdown.pdf-png.BUILD.jitprofile", "render.data.pdf-png.BUILD.jitprofile", "render.markdown.pdf-png.BUILD.jitprofile", "validate.markdown.BUILD.jitprofile"],
            "the methods a Markdown file and a data file need differ (the Markdown reader against the templates), so each kind of input learns its own");
    }

    [Fact]
    public void A_pipe_or_a_link_at_the_profiles_place_is_replaced_and_a_folder_others_may_write_to_keeps_no_profile()
    {
        if (OperatingSystem.IsWindows())
        {
            return; // Pipes as files, links without privileges and Unix modes are Unix matters.
        }
        using var folder = new TempFolder();
        var profiles = Directory.CreateDirectory(folder.File("cache/csto-reports")).FullName;
        // The build's part of the names, from a render in another cache folder.
        Render(folder, CacheAt(folder.File("first")), "pdf", "first-out");
        var build = Path.GetFileName(OnlyProfile(folder.File("first"))).Split('.')[^2];
        using (var mkfifo = System.Diagnostics.Process.Start("mkfifo", [Path.Combine(profiles, $"render.data.pdf.{build}.jitprofile")]))
        {
            mkfifo.WaitForExit();
            mkfifo.ExitCode.Should().Be(0);
        }
        File.WriteAllText(folder.File("elsewhere.txt"), "a file the profile must not overwrite");
        File.CreateSymbolicLink(Path.Combine(profiles, $"render.data.docx.{build}.jitprofile"), folder.File("elsewhere.txt"));

        // A pipe: the runtime would wait for a writer before the render starts (ConsoleRun gives up after 3 minutes).
        Render(folder, CacheAt(folder.File("cache")), "pdf", "out");
        new FileInfo(Path.Combine(profiles, $"render.data.pdf.{build}.jitprofile")).Length.Should().BeGreaterThan(8_000, "the pipe gave way to a profile");
        Render(folder, CacheAt(folder.File("cache")), "docx", "out");
        File.ReadAllText(folder.File("elsewhere.txt")).Should().Be("a file the profile must not overwrite");
        new FileInfo(Path.Combine(profiles, $"render.data.docx.{build}.jitprofile")).LinkTarget.Should().BeNull("the link gave way to a profile of its own");

        // A folder the tool creates is the user's alone; one that others may write to is not used.
        Render(folder, CacheAt(folder.File("fresh")), "pdf", "fresh-out");
        foreach (var created in new[] { "fresh", "fresh/csto-reports" })
        {
            File.GetUnixFileMode(folder.File(created)).Should().Be(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute, created);
        }
        var shared = Directory.CreateDirectory(folder.File("shared/csto-reports")).FullName;
        File.SetUnixFileMode(shared, File.GetUnixFileMode(shared) | UnixFileMode.GroupWrite | UnixFileMode.OtherWrite);
        Render(folder, CacheAt(folder.File("shared")), "pdf", "shared-out");
        Directory.GetFiles(shared).Should().BeEmpty("a folder others may write to keeps no profile");
    }

    [Fact]
    public void A_command_that_lays_out_no_document_keeps_no_profile()
    {
        using var folder = new TempFolder();
        var run = ConsoleRun.RunWith(folder.Path, CacheAt(folder.File("cache")), "templates");
        run.ExitCode.Should().Be(0, run.Error);
        run.Output.Should().Contain("summit-declaration");
        Directory.Exists(folder.File("cache/csto-reports")).Should().BeFalse("`templates` ends before a second core could compile ahead");
    }

    [Fact]
    public void The_switch_turns_the_profile_off_and_an_unwritable_cache_folder_does_not_stop_a_render()
    {
        using var folder = new TempFolder();
        var off = CacheAt(folder.File("cache"));
        off["CSTO_REPORTS_JIT_PROFILE"] = "0";
        Render(folder, off, "pdf", "off");
        Directory.Exists(folder.File("cache")).Should().BeFalse("CSTO_REPORTS_JIT_PROFILE=0 neither reads nor writes a profile");

        // The cache folder is a file: the profile folder cannot be created.
        File.WriteAllText(folder.File("not-a-folder"), "a file where the cache folder should be");
        Render(folder, CacheAt(folder.File("not-a-folder")), "pdf", "blocked").Error.Should().BeEmpty();
        File.ReadAllBytes(folder.File("blocked/wg-afghanistan-42.pdf")).Should().Equal(File.ReadAllBytes(folder.File("off/wg-afghanistan-42.pdf")));
    }

    [Fact]
    public void The_build_files_are_the_files_of_the_console_and_its_libraries()
    {
        var loaded = Csto.Reports.Console.Startup.JitProfile.BuildTypes().Select(t => Path.GetFileName(t.Assembly.Location));

        Csto.Reports.Console.Startup.JitProfile.BuildFiles.Should().Equal(loaded);
    }

    [Fact]
    public void The_build_changes_when_any_build_file_is_written_again_and_only_then()
    {
        using var folder = new TempFolder();
        var files = Csto.Reports.Console.Startup.JitProfile.BuildFiles;
        foreach (var name in files)
        {
            File.Copy(Path.Combine(AppContext.BaseDirectory, name), folder.File(name));
        }
        var build = Csto.Reports.Console.Startup.JitProfile.Build(folder.Path);

        build.Should().MatchRegex("^[0-9a-f]{12}$");
        Csto.Reports.Console.Startup.JitProfile.Build(folder.Path).Should().Be(build);
        foreach (var name in files)
        {
            var written = File.GetLastWriteTimeUtc(folder.File(name));
            File.SetLastWriteTimeUtc(folder.File(name), written.AddSeconds(1));
            Csto.Reports.Console.Startup.JitProfile.Build(folder.Path).Should().NotBe(build, $"{name} was written again");
            File.SetLastWriteTimeUtc(folder.File(name), written);
            Csto.Reports.Console.Startup.JitProfile.Build(folder.Path).Should().Be(build);
        }
        File.AppendAllText(folder.File(files[^1]), " ");
        Csto.Reports.Console.Startup.JitProfile.Build(folder.Path).Should().NotBe(build, "a longer file is another build");
    }
}
