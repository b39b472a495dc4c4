using Csto.Domain.Catalog;
using Csto.Domain.Serialization;

namespace Csto.Domain.Tests.Serialization;

/// <summary>
/// A malformed catalog id is answered from the catalog, as an unknown one is: the id it most likely means — spelled
/// as ids are, or named by the entry's name in any case, in English or abbreviated, or the nearest by edit
/// distance — and every id the catalog knows.
/// </summary>
public sealed class MalformedIdTests
{
    private static readonly CstoCatalog Catalog = CstoCatalog.Default;

    private static string Json(string bodyId, string stateId, string personId) => $$"""
        {
          "template": "session-communique",
          "record": {
            "kind": "event",
            "type": "session",
            "number": 42,
            "date": "2025-12-03",
            "bodyIds": ["{{bodyId}}"],
            "participants": [
              { "type": "stateDelegation", "stateId": "{{stateId}}" },
              { "type": "official", "personId": "{{personId}}", "postId": "secretary-general" }
            ]
          }
        }
        """;

    private static string Problem(string bodyId, string stateId, string personId, string path)
    {
        var read = () => CstoJson.Read(Json(bodyId, stateId, personId), "s.json");
        return read.Should().Throw<CstoDataException>().Which.Problems.Should().ContainSingle(p => p.Path == path).Which.Detail;
    }

    private static string Known(IEnumerable<string> ids) => $"The catalog knows: {string.Join(", ", ids)}.";

    [Theory]
    [InlineData("kz", "KZ")]
    [InlineData("Kz", "KZ")]
    [InlineData("Kazakhstan", "KZ")]
    [InlineData("Казахстан", "KZ")]
    [InlineData("Республики Беларусь", "BY")]
    [InlineData("the Kyrgyz Republic", "KG")]
    [InlineData("RUS", "RU")]
    public void A_malformed_state_id_suggests_the_state_it_means(string written, string meant)
    {
        Problem("wg-afghanistan", written, "tasmagambetov", "$.record.participants[0].stateId").Should().Be(
            $"The state id \"{written}\" is not an ISO alpha-2 code in capitals; did you mean \"{meant}\"? {Known(Catalog.States.Select(s => s.Id))}");
    }

    [Fact]
    public void A_malformed_state_id_that_means_no_state_lists_the_states_ids()
    {
        Problem("wg-afghanistan", "Q1", "tasmagambetov", "$.record.participants[0].stateId").Should().Be(
            $"The state id \"Q1\" is not an ISO alpha-2 code in capitals; the catalog knows: {string.Join(", ", Catalog.States.Select(s => s.Id))}.");
    }

    [Theory]
    [InlineData("Working Group", "wg-afghanistan")]
    [InlineData("WG_Afghanistan", "wg-afghanistan")]
    [InlineData("СКБ", "csc")]
    [InlineData("Collective Security Council", "csc")]
    [InlineData("Совета министров иностранных дел", "cfm")]
    [InlineData("Secretariat", "secretariat")]
    public void A_malformed_body_id_suggests_the_body_it_means(string written, string meant)
    {
        Problem(written, "KZ", "tasmagambetov", "$.record.bodyIds[0]").Should().Be(
            $"The body id \"{written}\" is malformed: an id is lowercase letters and digits in words joined by hyphens; did you mean \"{meant}\"? {Known(Catalog.Bodies.Select(b => b.Id))}");
    }

    [Fact]
    public void A_malformed_id_that_means_nothing_lists_the_ids_and_one_that_names_a_person_suggests_them()
    {
        Problem("Council", "KZ", "tasmagambetov", "$.record.bodyIds[0]").Should().Be(
            $"The body id \"Council\" is malformed: an id is lowercase letters and digits in words joined by hyphens; the catalog knows: {string.Join(", ", Catalog.Bodies.Select(b => b.Id))}.",
            "a word of more than three bodies' names suggests none of them");
        Problem("wg-afghanistan", "KZ", "Bad Id", "$.record.participants[1].personId").Should().EndWith(
            $"joined by hyphens; the catalog knows: {string.Join(", ", Catalog.People.Select(p => p.Id))}.");
        Problem("wg-afghanistan", "KZ", "Тасмагамбетов", "$.record.participants[1].personId").Should().Contain("did you mean \"tasmagambetov\"?");
    }
}
