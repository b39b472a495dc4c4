using System.Text;
using Csto.Reporting.Diagnostics;
using Csto.Reporting.Generation;
using Csto.Reporting.Templates;
using Csto.Testing;

namespace Csto.Reporting.Tests.Generation;

/// <summary>
/// One input with a problem of every kind gets all of them in one report (issue 15): bytes that are not UTF-8, a
/// forbidden character, a value of the front matter or of the record, a Markdown problem and a character no font of the
/// theme can draw, sorted by line and column, each once; the U+FFFD the decoder puts for a bad byte is not reported again.
/// </summary>
public sealed class AllProblemsAtOnceTests
{
    private static readonly ReportGenerator Generator = new(TemplateCatalog.Embedded, []);

    private static string[] Problems(byte[] bytes, string name)
    {
        var act = () => Generator.BuildInputDocument(bytes, name);
        return [.. act.Should().Throw<ReportInputException>().Which.Problems.Select(p => p.ToString())];
    }

    private static byte[] Bytes(params object[] parts) =>
        [.. parts.SelectMany(p => p is string s ? Encoding.UTF8.GetBytes(s) : (byte[])p)];

    [Fact]
    public void A_markdown_file_with_a_problem_of_every_kind_reports_them_all_at_their_positions()
    {
        var bytes = Bytes("---\ntitle: Записка\ndate: 2025-13-45\n---\n\n# Раздел\n\nПлохой байт ", new byte[] { 0xFF },
            " здесь, иероглиф 漢 и сноска[^nope].\n\nОдин \u0001 управляющий.\n");

        Problems(bytes, "note.md").Should().Equal(
            "note.md:3:7: The front matter 'date' must be a date as YYYY-MM-DD with a year from 0001 to 9999, such as 2025-11-27; got '2025-13-45'.",
            "note.md:8:13: The bytes FF at byte offset 86 are not UTF-8; save the file as UTF-8.",
            "note.md:8:31: U+6F22 '漢': no font of the theme or its fallback chain has a glyph for it; use another character, remove it or add a font that has it (--font-dir, Theme.WithFallbackFonts).",
            "note.md:8:41: The footnote [^nope] is not defined; add a line '[^nope]: text' or remove the reference.",
            "note.md:10:6: U+0001 (a control character) cannot be used in text; remove it.");
    }

    [Fact]
    public void A_front_matter_date_whose_day_does_not_exist_in_its_month_says_so() =>
        Problems(Bytes("---\ntitle: Записка\ndate: 2025-02-30\n---\n\nТекст.\n"), "note.md").Should().Equal(
            "note.md:3:7: The front matter 'date' '2025-02-30' is not a date: February 2025 has no day 30 (it has 28 days).");

    [Fact]
    public void The_replacement_character_of_a_bad_byte_is_not_reported_again_but_one_the_author_typed_is()
    {
        var bad = Bytes("---\ntitle: Знак\n---\n\nЗнак ", new byte[] { 0xC3 }, " тут.\n");
        Problems(bad, "bad.md").Should().Equal("bad.md:5:6: The bytes C3 at byte offset 34 are not UTF-8; save the file as UTF-8.");

        // The same place holding a U+FFFD written as UTF-8: a character the fonts have no glyph for, reported as such.
        var typed = Bytes("---\ntitle: Знак\n---\n\nЗнак \uFFFD тут и ", new byte[] { 0xC3 }, ".\n");
        Problems(typed, "typed.md").Should().Equal(
            "typed.md:5:6: U+FFFD '\uFFFD': no font of the theme or its fallback chain has a glyph for it; use another character, remove it or add a font that has it (--font-dir, Theme.WithFallbackFonts).",
            "typed.md:5:14: The bytes C3 at byte offset 48 are not UTF-8; save the file as UTF-8.");
    }

    [Fact]
    public void A_data_file_reports_its_bad_bytes_characters_and_catalog_problems_together()
    {
        var json = File.ReadAllText(Path.Combine(RepositoryPaths.SampleData, "wg-afghanistan-42.json"))
            .Replace("\"partnerId\": \"unoct\"", "\"partnerId\": \"no-such-partner\"", StringComparison.Ordinal);
        var at = json.IndexOf("seed: ", StringComparison.Ordinal) + "seed: ".Length;
        var bytes = Bytes(json[..at], new byte[] { 0xFF }, " \u0001 ", json[at..]);

        var problems = Problems(bytes, "wg.json");

        problems.Should().HaveCount(3);
        problems[0].Should().StartWith("wg.json:23:9: $.record.participants[2].partnerId: Unknown partner organisation id \"no-such-partner\"");
        problems[1].Should().MatchRegex(@"^wg\.json:53:14: The bytes FF at byte offset \d+ are not UTF-8");
        problems[2].Should().Be("wg.json:53:16: U+0001 (a control character) cannot be used in text; remove it.");
    }

    [Fact]
    public void A_problem_only_one_stage_finds_is_reported_as_that_stage_reports_it()
    {
        var json = File.ReadAllText(Path.Combine(RepositoryPaths.SampleData, "wg-afghanistan-42.json"))
            .Replace("\"template\": \"session-communique\"", "\"template\": \"no-such-template\"", StringComparison.Ordinal);
        var alone = () => Generator.BuildDocument(Csto.Reporting.Inputs.DataFileReader.ReadLocated(json, "wg.json"));
        var expected = alone.Should().Throw<ReportInputException>().Which;

        var act = () => Generator.BuildInputDocument(Encoding.UTF8.GetBytes(json), "wg.json");

        var thrown = act.Should().Throw<ReportInputException>().Which;
        thrown.Problems.Select(p => p.ToString()).Should().Equal(expected.Problems.Select(p => p.ToString()));
        thrown.Problems.Should().ContainSingle().Which.ToString().Should().StartWith("wg.json:2:3: template: There is no template 'no-such-template'");
    }

    [Fact]
    public void A_data_file_whose_only_problem_is_a_character_no_font_draws_reports_it_with_its_bad_bytes()
    {
        var json = File.ReadAllText(Path.Combine(RepositoryPaths.SampleData, "csc-statement-narcotics-2025.json"));
        var title = System.Text.RegularExpressions.Regex.Match(json, "\"title\": \"(?<t>[^\"]*)\"").Groups["t"];
        var bytes = Bytes(json[..title.Index], "漢 ", new byte[] { 0xFF }, json[title.Index..]);

        var problems = Problems(bytes, "st.json");

        problems.Should().HaveCount(2);
        problems[0].Should().Match("st.json:6:*: *title: U+6F22 '漢': no font of the theme*");
        problems[1].Should().Match("st.json:6:*: The bytes FF at byte offset * are not UTF-8; save the file as UTF-8.");
    }
}
