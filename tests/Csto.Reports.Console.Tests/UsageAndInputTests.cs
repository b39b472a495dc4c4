using System.Buffers.Binary;
using Csto.Reports.Console.Commands;
using Csto.Reports.Console.Inputs;
using Csto.Testing;

namespace Csto.Reports.Console.Tests;

/// <summary>Exit codes, usage help, folders as inputs, and inputs that are refused before they can hang or fill memory.</summary>
public sealed class UsageAndInputTests
{
    [Fact]
    public void A_mistyped_command_exits_2_suggesting_the_closest()
    {
        using var folder = new TempFolder();

        var run = ConsoleRun.Run(folder.Path, "rendr", "x.json");

        run.ExitCode.Should().Be(2);
        run.Error.Should().Contain("'rendr' is not a command. Did you mean 'render'?");
    }

    [Theory]
    [InlineData("no-such-folder")]
    [InlineData("a-file.txt")]
    [InlineData("")]
    public void Listing_with_a_templates_folder_that_is_not_one_exits_2_naming_it(string given)
    {
        using var folder = new TempFolder();
        File.WriteAllText(folder.File("a-file.txt"), "not a folder");

        var run = ConsoleRun.Run(folder.Path, "templates", "--templates", given);

        run.ExitCode.Should().Be(2, run.Error);
        run.Error.Trim().Should().Be($"--templates: no such folder '{given}'.");
        run.Output.Should().BeEmpty();
    }

    [Fact]
    public void An_unknown_option_is_named_as_an_option_not_as_a_missing_file()
    {
        using var folder = new TempFolder();

        var run = ConsoleRun.Run(folder.Path, "render", ConsoleRun.Sample, "--colour", "red");

        run.ExitCode.Should().Be(2);
        run.Error.Should().Contain("--colour: unknown option of 'render'").And.Contain("--format").And.NotContain("no such file");
    }

    [Fact]
    public void The_same_input_given_twice_exits_2_naming_it_and_a_repeated_format_is_written_once()
    {
        using var folder = new TempFolder();
        File.WriteAllText(folder.File("note.md"), "---\ntitle: Записка\n---\n\nТекст.\n");

        var twice = ConsoleRun.Run(folder.Path, "render", "note.md", Path.Combine(".", "note.md"), "--format", "pdf");
        var repeated = ConsoleRun.Run(folder.Path, "render", "note.md", "--format", "pdf,PDF,pdf", "--quiet");

        twice.ExitCode.Should().Be(2, twice.Error);
        twice.Error.Trim().Should().Be($"note.md: the same input is given 2 times (note.md, {Path.Combine(".", "note.md")}); give each input once.");
        repeated.ExitCode.Should().Be(0, repeated.Error);
        Directory.GetFiles(folder.File("out")).Select(Path.GetFileName).Should().Equal("note.pdf");
        File.ReadAllBytes(folder.File("out/note.pdf")).Take(5).Should().Equal("%PDF-"u8.ToArray());
    }

    [Fact]
    public void Inputs_sharing_a_base_name_are_validated_each_at_its_own_path_but_refused_by_render()
    {
        using var folder = new TempFolder();
        Directory.CreateDirectory(folder.File("A"));
        Directory.CreateDirectory(folder.File("B"));
        File.Copy(ConsoleRun.Sample, folder.File("A/x.json"));
        File.WriteAllText(folder.File("B/x.json"), File.ReadAllText(ConsoleRun.Sample).Replace("\"number\": 42", "\"number\": \"42\"", StringComparison.Ordinal));
        var (a, b) = (Path.Combine("A", "x.json"), Path.Combine("B", "x.json"));

        var validate = ConsoleRun.Run(folder.Path, "validate", a, b);
        var twice = ConsoleRun.Run(folder.Path, "validate", a, "A");
        var render = ConsoleRun.Run(folder.Path, "render", a, b, "--format", "pdf");

        validate.ExitCode.Should().Be(1, "validate writes nothing, so two inputs named x are both checked; B's is invalid: " + validate.Error);
        validate.Output.Should().Contain($"{a}: valid");
        validate.Error.Should().StartWith($"{b}:8:15: $.record.number: Expected a whole number").And.NotContain(a);
        render.ExitCode.Should().Be(2, render.Error);
        render.Error.Trim().Should().Be($"{a}, {b}: these inputs would write the same output files (x.*) in one folder; render them one at a time with different --out folders, or rename one.");
        Directory.Exists(folder.File("out")).Should().BeFalse("nothing is rendered when outputs would collide");
        twice.ExitCode.Should().Be(2, "the same file given twice (A/x.json and the folder A) is still refused: " + twice.Error);
        twice.Error.Should().Contain("the same input is given 2 times");
    }

    [Fact]
    public void A_folder_as_input_renders_the_inputs_in_it_and_the_batch_ends_with_a_summary()
    {
        using var folder = new TempFolder();
        Directory.CreateDirectory(folder.File("in"));
        File.Copy(ConsoleRun.Sample, folder.File("in/first.json"));
        File.Copy(Path.Combine(RepositoryPaths.SampleData, "wg-afghanistan-42-en.yaml"), folder.File("in/second.yaml"));
        File.WriteAllText(folder.File("in/README.md"), "# Notes on this folder\n");
        File.WriteAllText(folder.File("in/third.json"), "{ \"template\": \"statement\", \"record\": ");

        var run = ConsoleRun.Run(folder.Path, "render", "in", "--format", "pdf");

        run.ExitCode.Should().Be(1, "one input of the folder is invalid: " + run.Error);
        Directory.GetFiles(folder.File("out")).Select(Path.GetFileName).Should().BeEquivalentTo(["first.pdf", "second.pdf"]);
        run.Error.Should().Contain(Path.Combine("in", "third.json") + ":1:", "the broken input is reported at its position");
        run.Error.TrimEnd().Split('\n')[^1].Should().MatchRegex(@"^3 inputs, 2 files written, 1 failed, \d+\.\d s$", "the last line sums the batch up (README.md is not an input)");
    }

    [Fact]
    public void The_problems_of_a_batch_are_printed_together_sorted_by_file_line_and_column()
    {
        using var folder = new TempFolder();
        Directory.CreateDirectory(folder.File("in"));
        // In each file the link to a missing anchor (line 5) is found last, after the undefined footnote (line 7).
        const string broken = "---\ntitle: Записка\n---\n\nСм. [раздел](#nowhere).\n\nТекст [^x] и [^y].\n";
        foreach (var name in new[] { "c.md", "a.md", "b.md" })
        {
            File.WriteAllText(folder.File("in/" + name), broken);
        }
        File.Copy(ConsoleRun.Sample, folder.File("in/valid.json"));

        var run = ConsoleRun.Run(folder.Path, "render", "in", "--format", "pdf", "--quiet");

        run.ExitCode.Should().Be(1, run.Error);
        var expected = new[] { "a.md", "b.md", "c.md" }.SelectMany(name => new[] { ":5:5: No heading", ":7:7: The footnote [^x]", ":7:14: The footnote [^y]" }
            .Select(place => Path.Combine("in", name) + place));
        var lines = run.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        lines.Should().HaveCount(9);
        lines.Zip(expected).Should().OnlyContain(pair => pair.First.StartsWith(pair.Second, StringComparison.Ordinal), run.Error);
    }

    [Fact]
    public void A_template_folder_with_broken_templates_exits_1_with_their_positions()
    {
        using var folder = new TempFolder();
        Directory.CreateDirectory(folder.File("mine"));
        File.WriteAllText(folder.File("mine/statement.liquid"), "---\nname: other\ntitle: T\nmodel: statement\n---\nText.\n");

        var run = ConsoleRun.Run(folder.Path, "render", ConsoleRun.Sample, "--templates", "mine", "--quiet");

        run.ExitCode.Should().Be(1, run.Error);
        run.Error.Should().Contain(Path.Combine("mine", "statement.liquid") + ":2:").And.Contain("'other'");
        run.Error.Should().NotContain("   at ").And.NotContain("Unhandled");
    }

    [Fact]
    public void An_include_of_a_missing_partial_exits_1_at_the_tag_and_a_limit_inside_a_partial_at_the_partials_tag()
    {
        using var folder = new TempFolder();
        Directory.CreateDirectory(folder.File("mine"));
        File.WriteAllText(folder.File("mine/statement.liquid"), "---\nname: statement\ntitle: T\nmodel: statement\n---\nA\n\n{% include 'nosuch' %}\n");
        Directory.CreateDirectory(folder.File("loops"));
        File.WriteAllText(folder.File("loops/statement.liquid"), "---\nname: statement\ntitle: T\nmodel: statement\n---\nA\n{% include 'loop' %}\n");
        File.WriteAllText(folder.File("loops/_loop.liquid"), "x\n{% for i in (1..150000) %}{% for j in (1..10) %}{{ j }}{% endfor %}{% endfor %}\n");
        var input = Path.Combine(Csto.Testing.RepositoryPaths.SampleData, "csc-statement-narcotics-2025.json");

        var missing = ConsoleRun.Run(folder.Path, "validate", input, "--templates", "mine");
        var limit = ConsoleRun.Run(folder.Path, "validate", input, "--templates", "loops");

        missing.ExitCode.Should().Be(1, missing.Error);
        missing.Error.Should().StartWith(Path.Combine("mine", "statement.liquid") + ":8:1: include: no template \"nosuch\" in mine or among the bundled templates (a partial is a file _nosuch.liquid)")
            .And.NotContain("internal error").And.NotContain("FileNotFound");
        limit.ExitCode.Should().Be(1, limit.Error);
        limit.Error.Should().StartWith(Path.Combine("loops", "_loop.liquid") + ":2:27: The template ran more than 200 000 steps")
            .And.Contain("(included from " + Path.Combine("loops", "statement.liquid") + ":7:1)");
    }

    [Fact]
    public async Task An_internal_error_exits_3_in_one_line_asking_to_report_it_even_beside_an_invalid_input()
    {
        using var folder = new TempFolder();
        File.WriteAllText(folder.File("broken.json"), "{");
        var faulty = new ReportInput("faulty", "faulty.json", _ => throw new InvalidOperationException("The bundled sample is missing."));
        var error = new StringWriter();
        var previous = System.Console.Error;
        int code;
        System.Console.SetError(error);
        try
        {
            code = await RenderRunner.RunAsync(
                [faulty, ReportInput.FromFile(folder.File("broken.json"))],
                new RenderSettings([Csto.Reporting.Rendering.ReportFormat.Pdf], folder.File("out"), null, null, null, false, 96, true),
                CancellationToken.None);
        }
        finally
        {
            System.Console.SetError(previous);
        }

        code.Should().Be(3, "a fault of the program outranks an invalid input");
        var lines = error.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        lines.Should().ContainSingle(l => l.StartsWith("faulty.json: internal error (InvalidOperationException: The bundled sample is missing.); please report it", StringComparison.Ordinal));
        lines.Should().Contain(l => l.StartsWith(folder.File("broken.json") + ":", StringComparison.Ordinal));
        error.ToString().Should().NotContain("   at ", "never a stack trace");
    }

    [Fact]
    public void A_fifo_as_input_or_picture_and_a_device_as_picture_are_refused_at_once()
    {
        if (!OperatingSystem.IsLinux())
        {
            return;
        }
        using var folder = new TempFolder();
        MakeFifo(folder.File("pipe.md"));
        MakeFifo(folder.File("pipe.png"));
        File.CreateSymbolicLink(folder.File("zero.png"), "/dev/zero");
        File.WriteAllText(folder.File("note.md"), "---\ntitle: Записка\n---\n\nТекст.\n\n![a](pipe.png)\n\n![b](zero.png)\n");

        var input = ConsoleRun.Run(folder.Path, "validate", "pipe.md");
        var pictures = ConsoleRun.Run(folder.Path, "validate", "note.md");

        input.ExitCode.Should().Be(1);
        input.Error.Should().Contain("pipe.md: cannot be read: it is a named pipe (FIFO), not a regular file");
        pictures.ExitCode.Should().Be(1);
        pictures.Error.Should().Contain("note.md:7:1: The image 'pipe.png' cannot be loaded: it is a named pipe (FIFO)");
        pictures.Error.Should().Contain("note.md:9:1: The image 'zero.png' cannot be loaded: the picture is a symbolic link (or lies in a linked folder) that leads out of the Markdown file's folder, to /dev/zero");
    }

    [Fact]
    public void An_input_larger_than_its_limit_is_refused_without_reading_it()
    {
        using var folder = new TempFolder();
        using (var file = File.Create(folder.File("huge.md")))
        {
            file.SetLength((16L << 20) + 1); // one byte over the 16 MiB limit of a data or Markdown file
        }

        var run = ConsoleRun.Run(folder.Path, "validate", "huge.md");

        run.ExitCode.Should().Be(1);
        run.Error.Should().Contain("huge.md: cannot be read: it is larger (16,777,217 bytes or more) than the limit of 16,777,216 bytes");
    }

    [Fact]
    public void A_picture_with_more_pixels_than_the_limit_is_refused_at_its_line_before_decoding()
    {
        using var folder = new TempFolder();
        File.WriteAllBytes(folder.File("huge.png"), PngHeader(20_001, 20_001));
        File.WriteAllText(folder.File("note.md"), "---\ntitle: Записка\n---\n\nТекст.\n\n![План](huge.png)\n");

        var run = ConsoleRun.Run(folder.Path, "validate", "note.md");

        run.ExitCode.Should().Be(1);
        run.Error.Should().Contain("note.md:7:1: The image 'huge.png' is 20001 × 20001 pixels; a picture may have at most 400,000,000 pixels");
    }

    [Fact]
    public void Yaml_aliases_and_deep_nesting_are_input_errors_at_their_position()
    {
        using var folder = new TempFolder();
        var laughs = new System.Text.StringBuilder("template: statement\nrecord:\n  a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
        foreach (var (name, previous) in new[] { ("b", "a"), ("c", "b"), ("d", "c"), ("e", "d"), ("f", "e"), ("g", "f"), ("h", "g"), ("i", "h") })
        {
            laughs.Append($"  {name}: &{name} [{string.Join(", ", Enumerable.Repeat("*" + previous, 9))}]\n");
        }
        File.WriteAllText(folder.File("laughs.yaml"), laughs.ToString());
        File.WriteAllText(folder.File("deep.yaml"), "template: statement\nrecord: " + new string('[', 1000) + new string(']', 1000) + "\n");

        var aliases = ConsoleRun.Run(folder.Path, "validate", "laughs.yaml");
        var deep = ConsoleRun.Run(folder.Path, "validate", "deep.yaml");

        aliases.ExitCode.Should().Be(1, aliases.Error);
        aliases.Error.Should().Contain("laughs.yaml:3:6: The anchor &a").And.Contain("laughs.yaml:4:10: The alias *a");
        deep.ExitCode.Should().Be(1, deep.Error);
        deep.Error.Should().Contain("deep.yaml:2:72: The data is nested more than 64 levels deep here").And.NotContain("internal error");
    }

    [Fact]
    public void Markdown_nested_thousands_deep_is_an_input_error_at_the_first_level_past_the_limit()
    {
        using var folder = new TempFolder();
        File.WriteAllText(folder.File("quotes.md"), "---\ntitle: Записка\n---\n\nТекст.\n\n" + string.Concat(Enumerable.Repeat("> ", 1000)) + "цитата\n\nТекст.\n\n"
            + string.Concat(Enumerable.Range(0, 1400).Select(d => new string(' ', 2 * d) + "- пункт\n")));

        var run = ConsoleRun.Run(folder.Path, "validate", "quotes.md");

        run.ExitCode.Should().Be(1, run.Error);
        run.Error.Should().Contain("quotes.md:7:33: This quote is nested 17 quotes and lists deep; a report may nest at most 16.")
            .And.Contain("quotes.md:27:33: This list is nested 17").And.NotContain("internal error");
    }

    [Fact]
    public void A_thousand_column_table_is_an_input_error_at_its_line_and_no_format_is_written()
    {
        using var folder = new TempFolder();
        File.WriteAllText(folder.File("wide.md"), "---\ntitle: Таблица\n---\n\nТекст.\n\n"
            + "|" + string.Concat(Enumerable.Range(1, 1000).Select(c => $" {c} |")) + "\n"
            + "|" + string.Concat(Enumerable.Repeat("---|", 1000)) + "\n");

        var run = ConsoleRun.Run(folder.Path, "render", "wide.md", "--format", "pdf,docx,png", "--quiet");

        run.ExitCode.Should().Be(1, run.Error);
        run.Error.Should().Contain("wide.md:7:1: This table has 1000 columns; at most 37 fit the text width (481.9 pt)");
        Directory.Exists(folder.File("out")).Should().BeFalse();
    }

    /// <summary>A PNG signature and IHDR chunk declaring the size: all a reader needs to learn it (no pixel data follows).</summary>
    private static byte[] PngHeader(int width, int height)
    {
        var bytes = new byte[8 + 25];
        new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A }.CopyTo(bytes, 0);
        BinaryPrimitives.WriteInt32BigEndian(bytes.AsSpan(8), 13);
        "IHDR"u8.CopyTo(bytes.AsSpan(12));
        BinaryPrimitives.WriteInt32BigEndian(bytes.AsSpan(16), width);
        BinaryPrimitives.WriteInt32BigEndian(bytes.AsSpan(20), height);
        bytes[24] = 8;
        bytes[25] = 6;
        return bytes;
    }

    private static void MakeFifo(string path)
    {
        using var process = System.Diagnostics.Process.Start("mkfifo", [path]);
        process.WaitForExit();
        process.ExitCode.Should().Be(0);
    }
}
