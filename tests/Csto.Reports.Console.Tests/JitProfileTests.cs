namespace Csto.Reports.Console.Tests;

/// <summary>
/// The multi-core JIT profile (<c>Startup/JitProfile</c>): a command records the methods it compiled in the user's cache
/// folder, the next start plays them back, the output does not change, and nothing breaks when it cannot be written.
/// </summary>
public sealed class JitProfileTests
{
    private static Dictionary<string, string> CacheAt(string folder) => new() { ["XDG_CACHE_HOME"] = folder, ["HOME"] = folder };

    [Fact]
    public void A_render_records_the_methods_it_compiled_and_the_next_render_plays_them_back_with_the_same_bytes()
    {
        using var folder = new TempFolder();
        var environment = CacheAt(folder.File("cache"));

        var first = ConsoleRun.RunWith(folder.Path, environment, "render", ConsoleRun.Sample, "--format", "docx,pdf", "--out", "one", "--quiet");
        first.ExitCode.Should().Be(0, first.Error);
        var profile = new FileInfo(folder.File("cache/csto-reports/render.pdf-docx.jitprofile"));
        profile.Exists.Should().BeTrue("the render records a profile named after the command and its formats, in a fixed order");
        // A record per compiled method (a few words each): a render compiles thousands, far more than 8 kB of them.
        profile.Length.Should().BeGreaterThan(8_000, "the profile holds the methods the render compiled");

        var second = ConsoleRun.RunWith(folder.Path, environment, "render", ConsoleRun.Sample, "--format", "pdf,docx", "--out", "two", "--quiet");
        second.ExitCode.Should().Be(0, second.Error);
        foreach (var name in new[] { "wg-afghanistan-42.pdf", "wg-afghanistan-42.docx" })
        {
            File.ReadAllBytes(folder.File("two/" + name)).Should().Equal(File.ReadAllBytes(folder.File("one/" + name)),
                $"{name} rendered with the profile played back must equal the one rendered while it was recorded");
        }
        Directory.GetFiles(folder.File("cache/csto-reports")).Select(Path.GetFileName).Should().Equal(["render.pdf-docx.jitprofile"],
            "`--format pdf,docx` and `--format docx,pdf` share one profile");
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
        var run = ConsoleRun.RunWith(folder.Path, off, "render", ConsoleRun.Sample, "--format", "pdf", "--out", "off", "--quiet");
        run.ExitCode.Should().Be(0, run.Error);
        Directory.Exists(folder.File("cache")).Should().BeFalse("CSTO_REPORTS_JIT_PROFILE=0 neither reads nor writes a profile");

        // The cache folder is a file: the profile folder cannot be created.
        File.WriteAllText(folder.File("not-a-folder"), "a file where the cache folder should be");
        var blocked = ConsoleRun.RunWith(folder.Path, CacheAt(folder.File("not-a-folder")), "render", ConsoleRun.Sample, "--format", "pdf", "--out", "blocked", "--quiet");
        blocked.ExitCode.Should().Be(0, blocked.Error);
        blocked.Error.Should().BeEmpty();
        File.ReadAllBytes(folder.File("blocked/wg-afghanistan-42.pdf")).Should().Equal(File.ReadAllBytes(folder.File("off/wg-afghanistan-42.pdf")));
    }
}
