using System.Text;
using Csto.Domain.Documents;
using Csto.Reporting.Diagnostics;
using Csto.Reporting.Generation;
using Csto.Reporting.Inputs;
using Csto.Reporting.Markdown;
using Csto.Reporting.Templates;
using NodaTime;

namespace Csto.Reporting.Tests.Inputs;

/// <summary>Characters are checked when an input is read, every one at once, at its line and column (issue 15).</summary>
public sealed class InputTextTests
{
    private static IEnumerable<string> Problems(Action read)
    {
        var exception = read.Should().Throw<ReportInputException>().Which;
        return exception.Problems.Select(p => p.ToString());
    }

    [Fact]
    public void A_binary_file_lists_the_first_invalid_sequences_and_counts_the_rest_at_the_first_unlisted_one()
    {
        // 100 lines "ok\xFF\n": 100 invalid bytes, one per line at column 3.
        var bytes = Enumerable.Range(0, 100).SelectMany(_ => new byte[] { (byte)'o', (byte)'k', 0xFF, (byte)'\n' }).ToArray();

        var problems = Problems(() => InputText.Decode(bytes, "b.md")).ToList();

        problems.Should().HaveCount(InputText.MaxListed + 1);
        problems[0].Should().Be("b.md:1:3: The bytes FF at byte offset 2 are not UTF-8; save the file as UTF-8.");
        problems[InputText.MaxListed - 1].Should().Be("b.md:20:3: The bytes FF at byte offset 78 are not UTF-8; save the file as UTF-8.");
        problems[^1].Should().Be("b.md:21:3: 80 more byte sequences that are not UTF-8 (is the file text?) from here on; the first 20 are listed.");
    }

    [Fact]
    public void A_utf16_file_without_a_byte_order_mark_lists_the_first_nul_characters_and_counts_the_rest()
    {
        // 62 characters, each followed by a NUL byte (valid UTF-8, a control character).
        var bytes = Encoding.Unicode.GetBytes("title: report\n" + string.Concat(Enumerable.Repeat("some words here\n", 3)));

        var problems = Problems(() => InputText.Decode(bytes, "u.md")).ToList();

        problems.Should().HaveCount(InputText.MaxListed + 1);
        problems[0].Should().Be("u.md:1:2: U+0000 (a control character) cannot be used in text; remove it.");
        problems[^1].Should().EndWith("42 more characters that cannot be used in text (is the file text, in UTF-8?) from here on; the first 20 are listed.");
    }

    [Fact]
    public void Every_forbidden_character_of_a_data_file_is_reported_at_its_line_and_column_with_the_shape_problems()
    {
        var json = "{\n  \"template\": \"statement\",\n  \"record\": { \"kind\": \"statement\", \"title\": \"a\u000Bb\uFFFEc\u2028\", \"x\": \"\uD800\" }\n}";

        // The shape of the record is checked too (the JSON reader gets the text with spaces for the characters it refuses itself).
        Problems(() => DataFileReader.Read(json, "s.json")).Should().Equal(
            "s.json:3:13: $.record: The \"statement\" record needs \"issuingBodyId\" and \"date\".",
            "s.json:3:47: U+000B (a control character) cannot be used in text; remove it.",
            "s.json:3:49: U+FFFE (a Unicode noncharacter) cannot be used in text; remove it.",
            "s.json:3:51: U+2028 (the line separator) cannot be used in text; use a line end instead.",
            "s.json:3:61: A lone surrogate U+D800 (half of a character outside the BMP) cannot be used in text; remove it.",
            "s.json:3:64: $.record.x: Unknown property \"x\"; this object takes: id, title, englishTitle, issuingBodyId, date, place, sessionId, preamble, paragraphs, signatories, provenance.");
    }

    [Fact]
    public void Bidirectional_controls_are_reported_at_their_line_and_column_with_the_other_character_problems()
    {
        // The auditor's bidi.md: an override U+202E closed by U+202C, and a right-to-left mark U+200F; then an isolate U+2067…U+2069, U+200E and U+202A beside a U+0001.
        var markdown = "---\ntitle: Bidi\n---\n\nBidi override \u202Eabc def ghi\u202C and RLM \u200F here.\n\u2067x\u2069 \u200E \u202A \u0001\n";

        Problems(() => InputText.Check(markdown, "bidi.md")).Should().Equal(
            "bidi.md:5:15: U+202E (a bidirectional control) cannot be used in text; right-to-left text is not supported yet; remove it.",
            "bidi.md:5:27: U+202C (a bidirectional control) cannot be used in text; right-to-left text is not supported yet; remove it.",
            "bidi.md:5:37: U+200F (a bidirectional control) cannot be used in text; right-to-left text is not supported yet; remove it.",
            "bidi.md:6:1: U+2067 (a bidirectional control) cannot be used in text; right-to-left text is not supported yet; remove it.",
            "bidi.md:6:3: U+2069 (a bidirectional control) cannot be used in text; right-to-left text is not supported yet; remove it.",
            "bidi.md:6:5: U+200E (a bidirectional control) cannot be used in text; right-to-left text is not supported yet; remove it.",
            "bidi.md:6:7: U+202A (a bidirectional control) cannot be used in text; right-to-left text is not supported yet; remove it.",
            "bidi.md:6:9: U+0001 (a control character) cannot be used in text; remove it.");
    }

    [Fact]
    public void Characters_written_as_escapes_are_checked_like_raw_ones_at_their_property()
    {
        var json = "{\n  \"template\": \"statement\",\n  \"record\": {\n    \"kind\": \"statement\",\n    \"title\": \"a\\u0001b\\u000bc\",\n    \"paragraphs\": [\"ok\", \"\\uFFFF\"]\n  }\n}";

        Problems(() => DataFileReader.Read(json, "e.json")).Should().Equal(
            "e.json:5:5: $.record.title: U+0001 (a control character) written as an escape cannot be used in text; remove it.",
            "e.json:5:5: $.record.title: U+000B (a control character) written as an escape cannot be used in text; remove it.",
            "e.json:6:26: $.record.paragraphs[1]: U+FFFF (a Unicode noncharacter) written as an escape cannot be used in text; remove it.");
    }

    [Fact]
    public void A_lone_surrogate_written_as_an_escape_is_reported_at_its_property_with_the_files_other_character_problems()
    {
        // "\ud800" and "\udc00" alone (System.Text.Json refuses to decode them), a valid pair, and a raw U+000B.
        var json = "{\n  \"template\": \"statement\",\n  \"record\": {\n    \"kind\": \"statement\",\n"
            + "    \"preamble\": [\"high \\ud800 alone\", \"low \\udc00 alone\", \"pair \\ud83d\\ude00\"],\n    \"title\": \"a\u000Bb\"\n  }\n}";

        Problems(() => DataFileReader.Read(json, "lone.json")).Should().Equal(
            "lone.json:5:18: $.record.preamble[0]: A lone surrogate U+D800 (half of a character outside the BMP) written as an escape cannot be used in text; remove it.",
            "lone.json:5:39: $.record.preamble[1]: A lone surrogate U+DC00 (half of a character outside the BMP) written as an escape cannot be used in text; remove it.",
            "lone.json:6:16: U+000B (a control character) cannot be used in text; remove it.");
    }

    [Fact]
    public void Characters_written_as_yaml_escapes_are_checked_at_their_line()
    {
        var yaml = "template: statement\nrecord:\n  kind: statement\n  title: \"a\\x01b\"\n";

        Problems(() => DataFileReader.Read(yaml, "e.yaml")).Should().Equal(
            "e.yaml:4:10: $.record.title: U+0001 (a control character) written as an escape cannot be used in text; remove it.");
    }

    [Fact]
    public void Unsupported_characters_are_located_at_every_occurrence_with_the_property_they_stand_in()
    {
        var json = "{\n  \"template\": \"statement\",\n  \"record\": {\n    \"kind\": \"statement\", \"issuingBodyId\": \"csc\", \"date\": \"2025-11-27\",\n    \"title\": \"漢 и 😀\",\n    \"paragraphs\": [\"Текст 漢\"]\n  }\n}";
        var located = DataFileReader.ReadLocated(json, "u.json");
        UnsupportedCharacter[] characters = [new(new Rune('漢'), "no glyph."), new(new Rune(0x1F600), "no glyph either."), new(new Rune('ש'), "right-to-left.")];

        located.LocateCharacters(characters).Select(p => p.ToString()).Should().Equal(
            "u.json:5:15: $.record.title: U+6F22 '漢': no glyph.",
            "u.json:5:19: $.record.title: U+1F600 '😀': no glyph either.",
            "u.json:6:27: $.record.paragraphs[0]: U+6F22 '漢': no glyph.",
            "u.json: U+05E9 'ש' (put in by the template or an escape): right-to-left.");
    }

    [Fact]
    public void Invalid_utf8_bytes_are_reported_where_they_are_rather_than_read_as_U_FFFD()
    {
        byte[] bytes = [.. "{\n  \"a\": \"x"u8, 0xC3, 0x28, .. "y\",\n  \"b\": \""u8, 0xFF, .. "\"\n}"u8];

        Problems(() => InputText.Decode(bytes, "d.json")).Should().Equal(
            "d.json:2:10: The bytes C3 at byte offset 11 are not UTF-8; save the file as UTF-8.",
            "d.json:3:9: The bytes FF at byte offset 25 are not UTF-8; save the file as UTF-8.");
    }

    [Fact]
    public void A_utf16_file_is_refused_and_a_utf8_byte_order_mark_is_dropped()
    {
        Problems(() => InputText.Decode(Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes("{}")).ToArray(), "u.json"))
            .Should().Equal("u.json:1:1: The file is UTF-16 (it starts with the byte order mark FF FE); save it as UTF-8.");
        InputText.Decode([0xEF, 0xBB, 0xBF, .. "# Ё"u8], "b.md").Should().Be("# Ё");
    }

    [Fact]
    public void Characters_outside_the_BMP_count_as_one_column()
    {
        InputText.Problems("😀\u0001", "e.md").Select(p => p.ToString())
            .Should().Equal("e.md:1:2: U+0001 (a control character) cannot be used in text; remove it.");
        InputText.Problems("a\U0001FFFE", "e.md").Select(p => p.ToString())
            .Should().Equal("e.md:1:2: U+1FFFE (a Unicode noncharacter) cannot be used in text; remove it.");
    }

    [Fact]
    public void Markdown_and_templates_are_checked_too()
    {
        Problems(() => MarkdownDocumentReader.ReadFile("---\ntitle: T\n---\n\nText\u0007 and \u0085.\n", "n.md")).Should().Equal(
            "n.md:5:5: U+0007 (a control character) cannot be used in text; remove it.",
            "n.md:5:11: U+0085 (a control character) cannot be used in text; remove it.");
        Problems(() => TemplateCatalog.FromTexts([new("t", "---\nname: t\ntitle: T\nmodel: statement\n---\n{{ model.title }}\u000C\n")])).Should().Equal(
            "template:t:6:18: U+000C (a control character) cannot be used in text; remove it.");
    }

    [Fact]
    public void A_printed_value_with_a_control_character_is_an_input_error_not_a_writer_crash()
    {
        var statement = new Statement("Заявление", "csc", new LocalDate(2025, 11, 27), paragraphs: ["Раз\u000Bдва"]);

        var act = () => new ReportGenerator(TemplateCatalog.Embedded, []).BuildDocument("statement", statement);

        act.Should().Throw<ReportInputException>().Which.Problems.Single().Message
            .Should().Be("A printed value (line 1, character 4 of the value): U+000B (a control character) cannot be used in text; remove it.");
    }
}
