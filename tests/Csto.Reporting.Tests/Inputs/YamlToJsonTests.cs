using System.Text.Json.Nodes;
using Csto.Reporting.Diagnostics;
using Csto.Reporting.Inputs;

namespace Csto.Reporting.Tests.Inputs;

public sealed class YamlToJsonTests
{
    private const string Yaml = """
        template: session-communique
        kind: event
        number: 42
        date: 2025-12-03
        quoted: "42"
        confirmed: true
        participants:
          - state: AM
          - state: UZ
        """;

    [Fact]
    public void Scalars_keep_their_types_and_dates_stay_strings()
    {
        var json = JsonNode.Parse(YamlToJson.Convert(Yaml, "wg.yaml").Json)!;

        json["number"]!.GetValue<long>().Should().Be(42);
        json["date"]!.GetValue<string>().Should().Be("2025-12-03");
        json["quoted"]!.GetValue<string>().Should().Be("42");
        json["confirmed"]!.GetValue<bool>().Should().BeTrue();
        json["participants"]![1]!["state"]!.GetValue<string>().Should().Be("UZ");
    }

    [Fact]
    public void A_json_path_maps_back_to_its_yaml_line()
    {
        var converted = YamlToJson.Convert(Yaml, "wg.yaml");

        converted.PositionOf("$.participants[1].state").Should().Be((9, 12));
        converted.PositionOf("$.date").Should().Be((4, 7));
        converted.PositionOf("$.participants[1].unknown").Should().Be((9, 5), "an unknown child falls back to its parent item");
    }

    [Theory]
    [InlineData("")]
    [InlineData("   \n\n")]
    [InlineData("# only a comment\n")]
    [InlineData("---\n")]
    public void An_empty_or_blank_yaml_file_is_said_to_be_empty(string yaml)
    {
        var act = () => YamlToJson.Convert(yaml, "blank.yaml");
        act.Should().Throw<ReportInputException>().Which.Problems.Should().ContainSingle()
            .Which.Message.Should().StartWith("The file is empty").And.NotContain("exactly one document");
        var list = () => YamlToJson.Convert("- a\n", "list.yaml");
        list.Should().Throw<ReportInputException>().Which.Problems[0].Message.Should().Contain("exactly one document", "a list is not empty, only the wrong shape");
    }

    [Fact]
    public void Malformed_yaml_names_file_line_and_column()
    {
        var act = () => YamlToJson.Convert("title: a\n  - b: [\n", "bad.yaml");

        var problem = act.Should().Throw<ReportInputException>().Which.Problems.Single();
        problem.Source.Should().Be("bad.yaml");
        problem.Line.Should().Be(2);
        problem.ToString().Should().StartWith("bad.yaml:2:");
    }

    [Fact]
    public void Duplicate_keys_are_rejected_with_their_line()
    {
        var act = () => YamlToJson.Convert("kind: event\nkind: statement\n", "dup.yaml");

        act.Should().Throw<ReportInputException>().Which.Problems.Single().ToString()
            .Should().StartWith("dup.yaml:2:").And.Contain("Duplicate key");
    }

    [Theory]
    [InlineData("1e400", "Expected a whole number, such as 42, found the number 1e400, which is out of range.")]
    [InlineData("-1.5e999", "Expected a whole number, such as 42, found the number -1.5e999, which is out of range.")]
    [InlineData("99999999999999999999", "Expected a whole number, such as 42, found the number 99999999999999999999, which is out of range for this field.")]
    [InlineData("42.0", "Expected a whole number, such as 42, found the number 42.0, which is written with a fraction or exponent; write it as 42.")]
    [InlineData("0x", "Expected a whole number, such as 42, found the text \"0x\".")]
    [InlineData(".inf", "Expected a whole number, such as 42, found the number .inf (infinity), which no field takes.")]
    [InlineData("-.Inf", "Expected a whole number, such as 42, found the number -.Inf (infinity), which no field takes.")]
    [InlineData(".nan", "Expected a whole number, such as 42, found the number .nan (not a number), which no field takes.")]
    [InlineData("4.5", "Expected a whole number, such as 42, found the number 4.5.")]
    [InlineData("-3", "A session number is a whole number ≥ 1, such as 42; found the number -3.")]
    [InlineData("[1]", "Expected a whole number, such as 42, found a list [ … ].")]
    [InlineData("\"1e400\"", "Expected a whole number, such as 42, found the text \"1e400\".")]
    public void A_yaml_number_is_a_number_even_out_of_range_and_the_message_says_what_was_found(string value, string message)
    {
        var yaml = $"template: session-communique\nrecord:\n  kind: event\n  type: session\n  date: 2025-12-03\n  number: {value}\n  bodyIds: [wg-afghanistan]\n";

        var act = () => DataFileReader.ReadLocated(yaml, "wg.yaml");

        act.Should().Throw<ReportInputException>().Which.Problems.Single().ToString().Should().Be($"wg.yaml:6:11: $.record.number: {message}");
    }

    [Fact]
    public void Plain_numbers_of_the_core_schema_become_json_numbers_and_other_plain_texts_stay_texts()
    {
        var json = JsonNode.Parse(YamlToJson.Convert("a: 1e5\nb: .5\nc: +2.\nd: 1e400\ne: 2025-12-03\nf: 1_000\ng: 0x1F\n", "n.yaml").Json)!;

        json["a"]!.GetValue<double>().Should().Be(100000);
        json["b"]!.GetValue<double>().Should().Be(0.5);
        json["c"]!.GetValue<double>().Should().Be(2);
        json["d"]!.ToJsonString().Should().Be("1e400", "kept as written: no .NET number holds it, and the reader says so");
        json["e"]!.GetValue<string>().Should().Be("2025-12-03");
        json["f"]!.GetValue<string>().Should().Be("1_000");
        json["g"]!.GetValue<long>().Should().Be(31, "the core schema's hexadecimal integer");
    }

    [Theory]
    [InlineData("0x2A")]
    [InlineData("0o52")]
    [InlineData("42")]
    public void Octal_and_hexadecimal_integers_of_the_core_schema_are_the_numbers_they_denote(string value)
    {
        var yaml = $"template: session-communique\nrecord:\n  kind: event\n  type: session\n  date: 2025-12-03\n  number: {value}\n  bodyIds: [wg-afghanistan]\n";

        var file = DataFileReader.ReadLocated(yaml, "wg.yaml");

        ((Csto.Domain.Events.Event)file.File.Record).Number.Should().Be(42);
    }

    [Fact]
    public void A_kind_of_the_wrong_shape_in_yaml_says_what_it_takes_in_yamls_terms()
    {
        var yaml = "template: session-communique\nrecord:\n  kind: [1]\n  type: session\n  date: 2025-12-03\n  bodyIds: [wg-afghanistan]\n";

        var act = () => DataFileReader.ReadLocated(yaml, "wg.yaml");

        var message = act.Should().Throw<ReportInputException>().Which.Problems.Single().ToString();
        message.Should().StartWith("wg.yaml:3:9: $.record.kind: Expected the record's kind as a text, one of: event, declaration,")
            .And.EndWith(", found a list [ … ].").And.NotContain("in quotes");
    }

    [Fact]
    public void An_octal_with_a_digit_past_7_stays_a_text() =>
        JsonNode.Parse(YamlToJson.Convert("a: 0o58\n", "n.yaml").Json)!["a"]!.GetValue<string>().Should().Be("0o58");
}
