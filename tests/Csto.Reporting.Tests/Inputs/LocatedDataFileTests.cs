using Csto.Reporting.Diagnostics;
using Csto.Reporting.Generation;
using Csto.Reporting.Inputs;
using Csto.Reporting.Templates;

namespace Csto.Reporting.Tests.Inputs;

public sealed class LocatedDataFileTests
{
    private const string Json = """
        {
          "template": "session-communique",
          "record": {
            "kind": "event",
            "type": "session",
            "date": "2025-12-03",
            "number": 42,
            "bodyIds": ["wg-afghanistan"],
            "participants": [
              { "type": "body", "bodyId": "secretariat" },
              { "type": "stateDelegation", "stateId": "UZ" }
            ]
          }
        }
        """;

    private const string Yaml = """
        template: session-communique
        record:
          kind: event
          type: session
          date: 2025-12-03
          number: 42
          bodyIds: [wg-afghanistan]
          participants:
            - type: body
              bodyId: secretariat
            - type: stateDelegation
              stateId: UZ
        """;

    [Theory]
    [InlineData("wg.json", Json, 11, 36)]
    [InlineData("wg.yaml", Yaml, 12, 16)]
    public void Catalog_problems_found_after_reading_point_at_the_file_line(string name, string text, int line, int column)
    {
        var located = DataFileReader.ReadLocated(text, name);
        var generator = new ReportGenerator(TemplateCatalog.Embedded, []);

        var act = () => generator.BuildDocument(located.File, sourceName: name);

        var problem = act.Should().Throw<ReportInputException>().Which.Problems.Single();
        problem.Line.Should().BeNull("the generator knows paths, not lines");
        var placed = located.Locate(new ReportInputException(problem)).Problems.Single();
        placed.ToString().Should().Be($"{name}:{line}:{column}: $.record.participants[1].stateId: {problem.Message}");
        placed.Message.Should().Contain("Uzbekistan's membership was suspended on 19 Dec 2012");
    }

    [Fact]
    public void Array_elements_and_nested_properties_of_json_are_found()
    {
        var located = DataFileReader.ReadLocated(Json, "wg.json");

        located.PositionOf("template").Should().Be((2, 3));
        located.PositionOf("record.participants[0]").Should().Be((10, 7));
        located.PositionOf("record.participants[1].type").Should().Be((11, 9));
        located.PositionOf("record.participants[1].unknown").Should().Be((11, 7), "an unknown property falls back to its object");
    }

    [Fact]
    public void Problems_of_other_sources_or_with_lines_are_left_as_they_are()
    {
        var located = DataFileReader.ReadLocated(Json, "wg.json");
        var original = new ReportInputException([
            new InputProblem("template:statement", "x") { Path = "template" },
            new InputProblem("wg.json", "y") { Path = "template", Line = 1, Column = 1 },
        ]);

        located.Locate(original).Problems.Should().Equal(original.Problems);
    }
}
