using Csto.Reporting.Diagnostics;
using Csto.Reporting.Inputs;

namespace Csto.Reporting.Tests.Inputs;

/// <summary>A key written twice is an error at the second one (issue 15), in JSON and in YAML.</summary>
public sealed class DuplicateKeyTests
{
    private static string Problem(string text, string name) =>
        ((Action)(() => DataFileReader.Read(text, name))).Should().Throw<ReportInputException>().Which.Problems.Single().ToString();

    [Fact]
    public void A_json_key_written_twice_is_an_error() =>
        Problem("{\n  \"record\": {\n    \"kind\": \"statement\",\n    \"title\": \"A\",\n    \"title\": \"B\"\n  }\n}", "d.json")
            .Should().Be("d.json:5:13: $.record.title: The key \"title\" is written twice in one object; write each key once.");

    [Fact]
    public void A_yaml_key_written_twice_is_an_error() =>
        Problem("record:\n  kind: statement\n  title: A\n  title: B\n", "d.yaml")
            .Should().Be("d.yaml:4:3: Malformed YAML: Duplicate key title");
}
