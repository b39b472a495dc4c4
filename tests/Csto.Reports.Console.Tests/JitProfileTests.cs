namespace Csto.Reports.Console.Tests;

/// <summary>
/// The multi-core JIT profile (<c>Startup/JitProfile</c>): a command records the methods it compiled in the user's cache
/// folder, the next start plays them back, the output does not change, and nothing breaks when it cannot be written.
/// </summary>
public sealed class JitProfileTests
{
    private static Dictionary<string, string> CacheAt(string folder) => new() { ["XDG_CACHE_HOME"] = folder, ["HOME"] = folder };

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
        var profile = new FileInfo(folder.File("cache/csto-reports/render.pdf-docx.jitprofile"));
        profile.Exists.Should().BeTrue("the render records a profile named after the command and its formats, in a fixed order");
        // A record per compiled method (a few words each): a render compiles thousands, far more than 8 kB of them.
        profile.Length.Should().BeGreaterThan(8_000, "the profile holds the methods the render compiled");

        Render(folder, environment, "pdf,docx", "two");
        foreach (var name in new[] { "wg-afghanistan-42.pdf", "wg-afghanistan-42.docx" })
        {
            File.ReadAllBytes(folder.File("two/" + name)).Should().Equal(File.ReadAllBytes(folder.File("one/" + name)),
                $"{name} rendered with the profile played back must equal the one rendered while it was recorded");
        }
        Directory.GetFiles(folder.File("cache/csto-reports")).Select(Path.GetFileName).Should().Equal(["render.pdf-docx.jitprofile"],
            "`--format pdf,docx` and `--format docx,pdf` share one profile");
    }

    [Fact]
    public void Help_and_usage_errors_leave_the_learned_profile_as_it_was()
    {
        using var folder = new TempFolder();
        var environment = CacheAt(folder.File("cache"));
        Render(folder, environment, "pdf", "one");
        var profile = folder.File("cache/csto-reports/render.pdf.jitprofile");
        var learned = File.ReadAllBytes(profile);

        ConsoleRun.RunWith(folder.Path, environment, "render", "--help").ExitCode.Should().Be(0);
        ConsoleRun.RunWith(folder.Path, environment, "render", ConsoleRun.Sample, "--format", "xyz").ExitCode.Should().Be(2);
        ConsoleRun.RunWith(folder.Path, environment, "render", folder.File("missing.json"), "--format", "pdf").ExitCode.Should().Be(2);
        ConsoleRun.RunWith(folder.Path, environment, "samples", "--theme", "nonexistent", "--format", "pdf").ExitCode.Should().Be(2);

        File.ReadAllBytes(profile).Should().Equal(learned, "a run that stops at its arguments records nothing");
        Directory.GetFiles(folder.File("cache/csto-reports")).Select(Path.GetFileName).Should().Equal(["render.pdf.jitprofile"]);
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
        using (var mkfifo = System.Diagnostics.Process.Start("mkfifo", [Path.Combine(profiles, "render.pdf.jitprofile")]))
        {
            mkfifo.WaitForExit();
            mkfifo.ExitCode.Should().Be(0);
        }
        File.WriteAllText(folder.File("elsewhere.txt"), "a file the profile must not overwrite");
        File.CreateSymbolicLink(Path.Combine(profiles, "render.docx.jitprofile"), folder.File("elsewhere.txt"));

        // A pipe: the runtime would wait for a writer before the render starts (ConsoleRun gives up after 3 minutes).
        Render(folder, CacheAt(folder.File("cache")), "pdf", "out");
        new FileInfo(Path.Combine(profiles, "render.pdf.jitprofile")).Length.Should().BeGreaterThan(8_000, "the pipe gave way to a profile");
        Render(folder, CacheAt(folder.File("cache")), "docx", "out");
        File.ReadAllText(folder.File("elsewhere.txt")).Should().Be("a file the profile must not overwrite");
        new FileInfo(Path.Combine(profiles, "render.docx.jitprofile")).LinkTarget.Should().BeNull("the link gave way to a profile of its own");

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
}
