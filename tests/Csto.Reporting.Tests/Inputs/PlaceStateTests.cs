using Csto.Reporting.Diagnostics;
using Csto.Reporting.Generation;
using Csto.Reporting.Inputs;
using Csto.Reporting.Templates;
using Csto.Testing;

namespace Csto.Reporting.Tests.Inputs;

/// <summary>
/// The state of a place (<c>place.stateId</c>, <c>venue.city.stateId</c>) is a state of the catalog or, for a
/// meeting held elsewhere (New York), a country code ISO 3166-1 has assigned; any other code is an error at its
/// line and column with the nearest codes (issue 15).
/// </summary>
public sealed class PlaceStateTests
{
    private static readonly ReportGenerator Generator = new(TemplateCatalog.Embedded, []);

    private static string Sample(string file) => File.ReadAllText(Path.Combine(RepositoryPaths.SampleData, file));

    [Theory]
    [InlineData("csc-declaration-2025.json", "      \"stateId\": \"KG\"", "      \"stateId\": \"KQ\"", "$.record.place.stateId", 21, 7)]
    [InlineData("csc-declaration-2025-en.yaml", "    stateId: \"KG\"", "    stateId: \"KQ\"", "$.record.place.stateId", 19, 14)]
    [InlineData("bishkek-press-conference-2025.json", "          \"stateId\": \"KG\"", "          \"stateId\": \"KQ\"", "$.record.event.venue.city.stateId", 22, 11)]
    public void An_unassigned_state_code_of_a_place_is_an_error_at_its_position_with_the_nearest_codes(string file, string written, string mistyped, string path, int line, int column)
    {
        var text = Sample(file);
        text.Should().Contain(written);
        var located = DataFileReader.ReadLocated(text.Replace(written, mistyped, StringComparison.Ordinal), file);

        var act = () => Generator.BuildDocument(located.File, sourceName: file);

        var problem = located.Locate(act.Should().Throw<ReportInputException>().Which).Problems.Single();
        problem.ToString().Should().Be($"{file}:{line}:{column}: {path}: Unknown state id \"KQ\": neither a state of the catalog "
            + "(AZ, AM, BY, GE, KZ, KG, RU, TJ, UZ) nor a country code of ISO 3166-1 (a place outside them, such as New York, takes its country's code, \"US\"); did you mean \"KZ\" or \"KG\"?");
    }

    [Fact]
    public void A_place_outside_the_catalog_states_takes_its_iso_code()
    {
        var file = "cfm-statement-un80-2025.json";
        Sample(file).Should().Contain("\"stateId\": \"US\"");
        var located = DataFileReader.ReadLocated(Sample(file), file);

        Generator.BuildDocument(located.File, sourceName: file).Should().NotBeNull();
    }

    [Fact]
    public void A_file_refused_for_another_id_lists_an_unassigned_place_code_but_not_an_assigned_one()
    {
        var outside = Sample("cfm-statement-un80-2025.json").Replace("\"issuingBodyId\": \"", "\"issuingBodyId\": \"Bad ", StringComparison.Ordinal);
        outside.Should().Contain("Bad ");
        var read = () => DataFileReader.Read(outside, "un80.json");
        read.Should().Throw<ReportInputException>().Which.Problems.Select(p => p.Path).Should().Equal("$.record.issuingBodyId");

        var mistyped = outside.Replace("\"stateId\": \"US\"", "\"stateId\": \"UQ\"", StringComparison.Ordinal);
        read = () => DataFileReader.Read(mistyped, "un80.json");
        read.Should().Throw<ReportInputException>().Which.Problems.Select(p => $"{p.Line}: {p.Path}: {p.Message.Split(':')[0]}")
            .Should().Equal("8: $.record.issuingBodyId: The body id \"Bad cfm\" is malformed", "22: $.record.place.stateId: Unknown state id \"UQ\"");
    }
}
