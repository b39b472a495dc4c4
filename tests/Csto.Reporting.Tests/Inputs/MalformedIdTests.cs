using Csto.Reporting.Diagnostics;
using Csto.Reporting.Inputs;

namespace Csto.Reporting.Tests.Inputs;

/// <summary>
/// Every malformed id of a data file — and with them every id the catalog does not know — is reported at once when
/// the file is read, each at its own line, column and path, in the file's terms (issue 12).
/// </summary>
public sealed class MalformedIdTests
{
    private const string Json = """
        {
          "template": "session-communique",
          "record": {
            "kind": "event",
            "type": "session",
            "date": "2025-12-03",
            "number": 42,
            "bodyIds": ["wg-afghanistan", "Working Group"],
            "participants": [
              { "type": "body", "bodyId": "secretariat", "roleId": "staff" },
              { "type": "stateDelegation", "stateId": "kz" },
              { "type": "official", "personId": "Bad Id", "postId": "secretary-general" },
              { "type": "stateDelegation", "stateId": "XX" }
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
          bodyIds: [wg-afghanistan, Working Group]
          participants:
            - type: body
              bodyId: secretariat
              roleId: staff
            - type: stateDelegation
              stateId: kz
            - type: official
              personId: Bad Id
              postId: secretary-general
            - type: stateDelegation
              stateId: XX
        """;

    private static readonly string[] Expected =
    [
        "$.record.bodyIds[1]: The body id \"Working Group\" is malformed: an id is lowercase letters and digits in words joined by hyphens; did you mean \"wg-afghanistan\"? The catalog knows: csc,",
        "$.record.participants[1].stateId: The state id \"kz\" is not an ISO alpha-2 code in capitals; did you mean \"KZ\"? The catalog knows: AZ, AM,",
        "$.record.participants[2].personId: The person id \"Bad Id\" is malformed: an id is lowercase letters and digits in words joined by hyphens; the catalog knows: bordyuzha,",
        "$.record.participants[3].stateId: Unknown state id \"XX\";",
    ];

    [Theory]
    [InlineData("session.json", 8, 35, 11, 47, 12, 41, 13, 47)]
    [InlineData("session.yaml", 7, 29, 13, 16, 15, 17, 18, 16)]
    public void Three_malformed_ids_and_an_unknown_one_are_reported_at_once_where_they_are_written(string name, params int[] positions)
    {
        var read = () => DataFileReader.Read(name.EndsWith(".json", StringComparison.Ordinal) ? Json : Yaml, name);

        var problems = read.Should().Throw<ReportInputException>().Which.Problems;
        problems.Select(p => $"{p.Path}: {p.Message}").Zip(Expected).Should().AllSatisfy(pair => pair.First.Should().StartWith(pair.Second));
        problems.Should().HaveCount(4, "one problem per id, and not the constructor's own complaint beside it");
        problems.Select(p => (p.Line!.Value, p.Column!.Value)).Should().Equal(
            (positions[0], positions[1]), (positions[2], positions[3]), (positions[4], positions[5]), (positions[6], positions[7]));
        problems.Select(p => p.ToString()).Should().AllSatisfy(line => line.Should().StartWith($"{name}:")
            .And.NotContain("String").And.NotContain("Csto.").And.NotContain("parameter"));
    }

    [Fact]
    public void A_file_whose_only_fault_is_a_lowercase_state_id_is_refused_when_it_is_read()
    {
        var read = () => DataFileReader.Read(Json.Replace(", \"Working Group\"", "", StringComparison.Ordinal)
            .Replace("\"Bad Id\"", "\"tasmagambetov\"", StringComparison.Ordinal).Replace("\"XX\"", "\"KG\"", StringComparison.Ordinal), "session.json");

        read.Should().Throw<ReportInputException>().Which.Problems.Select(p => $"{p.Line}:{p.Column}: {p.Path}").Should().Equal("11:47: $.record.participants[1].stateId");
    }
}
