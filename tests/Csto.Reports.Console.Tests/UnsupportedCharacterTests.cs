using Csto.Testing;

namespace Csto.Reports.Console.Tests;

/// <summary>
/// Characters the theme's fonts cannot set (no glyph in the chain) and right-to-left letters are input problems
/// found before any writer runs: every occurrence at its line and column, the same for PDF and DOCX, in validate
/// as in render (issue 15).
/// </summary>
public sealed class UnsupportedCharacterTests
{
    private const string Markdown = """
        ---
        title: Записка
        date: 2025-12-03
        ---

        # Раздел

        Иероглиф 漢 в тексте и ещё один 漢.

        Цитата на иврите: שלום עולם.
        """;

    [Theory]
    [InlineData("pdf")]
    [InlineData("docx")]
    [InlineData("png")]
    public void Every_occurrence_is_reported_at_its_position_and_nothing_is_written(string format)
    {
        using var folder = new TempFolder();
        File.WriteAllText(folder.File("note.md"), Markdown);

        var run = ConsoleRun.Run(folder.Path, "render", "note.md", "--format", format, "--quiet");

        run.ExitCode.Should().Be(1, run.Error);
        ProblemLines(run.Error).Should().Equal(
            "note.md:8:10: U+6F22 '漢': no font of the theme or its fallback chain has a glyph for it; use another character, remove it or add a font that has it (--font-dir, Theme.WithFallbackFonts).",
            "note.md:8:32: U+6F22 '漢': no font of the theme or its fallback chain has a glyph for it; use another character, remove it or add a font that has it (--font-dir, Theme.WithFallbackFonts).",
            "note.md:10:19: U+05E9 'ש': right-to-left scripts (Hebrew, Arabic, …) cannot be set yet; transliterate the text or give it as a picture.",
            "note.md:10:20: U+05DC 'ל': right-to-left scripts (Hebrew, Arabic, …) cannot be set yet; transliterate the text or give it as a picture.",
            "note.md:10:21: U+05D5 'ו': right-to-left scripts (Hebrew, Arabic, …) cannot be set yet; transliterate the text or give it as a picture.",
            "note.md:10:22: U+05DD 'ם': right-to-left scripts (Hebrew, Arabic, …) cannot be set yet; transliterate the text or give it as a picture.",
            "note.md:10:24: U+05E2 'ע': right-to-left scripts (Hebrew, Arabic, …) cannot be set yet; transliterate the text or give it as a picture.",
            "note.md:10:25: U+05D5 'ו': right-to-left scripts (Hebrew, Arabic, …) cannot be set yet; transliterate the text or give it as a picture.",
            "note.md:10:26: U+05DC 'ל': right-to-left scripts (Hebrew, Arabic, …) cannot be set yet; transliterate the text or give it as a picture.",
            "note.md:10:27: U+05DD 'ם': right-to-left scripts (Hebrew, Arabic, …) cannot be set yet; transliterate the text or give it as a picture.");
        Directory.Exists(folder.File("out")).Should().BeFalse("the problem is found before any writer runs");

        var validate = ConsoleRun.Run(folder.Path, "validate", "note.md");
        validate.ExitCode.Should().Be(1);
        ProblemLines(validate.Error).Should().Equal(ProblemLines(run.Error), "validate refuses what render refuses, in the same words");
    }

    [Fact]
    public void A_record_value_is_reported_at_its_line_column_and_property_path()
    {
        using var folder = new TempFolder();
        var json = File.ReadAllText(Path.Combine(RepositoryPaths.SampleData, "csc-statement-narcotics-2025.json"));
        var title = System.Text.RegularExpressions.Regex.Match(json, "\"title\": \"(?<t>[^\"]*)\"").Groups["t"].Value;
        File.WriteAllText(folder.File("s.json"), json.Replace(title, "Заявление 漢", StringComparison.Ordinal));
        var line = json[..json.IndexOf(title, StringComparison.Ordinal)].Count(c => c == '\n') + 1;
        var column = json.IndexOf(title, StringComparison.Ordinal) - json.LastIndexOf('\n', json.IndexOf(title, StringComparison.Ordinal)) + "Заявление ".Length;

        var run = ConsoleRun.Run(folder.Path, "validate", "s.json");

        run.ExitCode.Should().Be(1, run.Error);
        ProblemLines(run.Error).Should().ContainSingle().Which.Should().StartWith($"s.json:{line}:{column}: $.record.title: U+6F22 '漢': no font");
    }

    [Theory]
    [InlineData("render")]
    [InlineData("validate")]
    public void An_input_with_a_problem_of_every_kind_gets_all_of_them_in_one_run(string command)
    {
        using var folder = new TempFolder();
        byte[] bytes = [.. System.Text.Encoding.UTF8.GetBytes("---\ntitle: Записка\ndate: 2025-13-45\n---\n\n# Раздел\n\nПлохой байт "), 0xFF,
            .. System.Text.Encoding.UTF8.GetBytes(" здесь, иероглиф 漢 и сноска[^nope].\n\nОдин \u0001 управляющий.\n")];
        File.WriteAllBytes(folder.File("note.md"), bytes);

        var run = command == "render" ? ConsoleRun.Run(folder.Path, command, "note.md", "--quiet") : ConsoleRun.Run(folder.Path, command, "note.md");

        run.ExitCode.Should().Be(1, run.Error);
        ProblemLines(run.Error).Should().Equal(
            "note.md:3:7: The front matter 'date' must be a date as YYYY-MM-DD with a year from 0001 to 9999, such as 2025-11-27; got '2025-13-45'.",
            "note.md:8:13: The bytes FF at byte offset 86 are not UTF-8; save the file as UTF-8.",
            "note.md:8:31: U+6F22 '漢': no font of the theme or its fallback chain has a glyph for it; use another character, remove it or add a font that has it (--font-dir, Theme.WithFallbackFonts).",
            "note.md:8:41: The footnote [^nope] is not defined; add a line '[^nope]: text' or remove the reference.",
            "note.md:10:6: U+0001 (a control character) cannot be used in text; remove it.");
        Directory.Exists(folder.File("out")).Should().BeFalse("nothing is written for an input with problems");
    }

    private static List<string> ProblemLines(string error) =>
        error.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Where(l => !System.Text.RegularExpressions.Regex.IsMatch(l, @"^\d+ inputs?, "))
            .ToList();
}
