using Csto.Domain.Catalog;
using Csto.Domain.Documents;
using Csto.Domain.Serialization;
using Csto.Domain.Validation;
using NodaTime;

namespace Csto.Domain.Tests.Model;

/// <summary>The document kinds issue 12 added last: the joint statement of ministers.</summary>
public sealed class DocumentKindsTests
{
    private static readonly CstoCatalog Catalog = CstoCatalog.Default;

    [Fact]
    public void A_joint_statement_round_trips_under_its_camel_case_kind()
    {
        var statement = new JointStatement("Заявление министров иностранных дел государств – членов ОДКБ по случаю 80-летия учреждения ООН", "cfm",
            new LocalDate(2025, 9, 25), paragraphs: ["Подтверждаем приверженность целям и принципам Устава ООН."],
            signatories: [new Signatory(Catalog.GetBody("cfm").Name, "KZ")], englishTitle: "Statement on the 80th Anniversary of the United Nations");

        var json = CstoJson.Write(new CstoDataFile(statement, "joint-statement"));

        json.Should().Contain("\"kind\": \"jointStatement\"").And.Contain("\"issuingBodyId\": \"cfm\"").And.Contain("\"date\": \"2025-09-25\"");
        var read = CstoJson.Read(json, "joint.json");
        read.Template.Should().Be("joint-statement");
        read.Record.Should().BeOfType<JointStatement>().Which.Should().BeEquivalentTo(statement);
        CstoJson.Write(read).Should().Be(json);
        CstoRecord.Kinds.Should().Contain("jointStatement").And.OnlyHaveUniqueItems();
    }

    [Theory]
    [InlineData("cfm")]
    [InlineData("cdm")]
    [InlineData("cssc")]
    public void The_ministers_and_secretaries_councils_adopt_joint_statements(string bodyId) =>
        new JointStatement("Заявление", bodyId, new LocalDate(2025, 9, 25)).Validate(Catalog).Should().BeEmpty();

    [Fact]
    public void A_joint_statement_of_another_body_or_of_a_suspended_state_is_refused_with_every_path()
    {
        var ofTheCouncil = new JointStatement("Заявление", "csc", new LocalDate(2025, 11, 27),
            signatories: [new Signatory(Catalog.GetBody("cfm").Name, "UZ"), new Signatory(Catalog.GetBody("cfm").Name, "KZ", "nobody-known")]);

        var problems = ofTheCouncil.Validate(Catalog);

        problems.Select(p => p.Path).Should().Equal("issuingBodyId", "signatories[0].stateId", "signatories[1].personId");
        problems[0].Message.Should().Be("A joint statement is adopted by the ministers or secretaries of a council (cfm, cdm, cssc), "
            + "not by the Collective Security Council; a statement of the Collective Security Council is a \"statement\".");
        problems[1].Message.Should().Contain("Uzbekistan").And.Contain("2012");
    }

    [Fact]
    public void An_unknown_issuing_body_is_reported_once_with_the_nearest_ids()
    {
        var problem = new JointStatement("Заявление", "cfn", new LocalDate(2025, 9, 25)).Validate(Catalog).Should().ContainSingle().Subject;

        problem.Should().Be(new ValidationProblem("issuingBodyId", problem.Message));
        problem.Message.Should().StartWith("Unknown body id \"cfn\"; did you mean \"cfm\"?");
    }

    [Fact]
    public void A_joint_statement_needs_a_title_and_a_body()
    {
        var untitled = () => new JointStatement(" ", "cfm", new LocalDate(2025, 9, 25));
        untitled.Should().Throw<ArgumentException>().WithParameterName("title");
        var noBody = () => new JointStatement("Заявление", "", new LocalDate(2025, 9, 25));
        noBody.Should().Throw<ArgumentException>().WithParameterName("issuingBodyId");
        var emptyParagraph = () => new JointStatement("Заявление", "cfm", new LocalDate(2025, 9, 25), paragraphs: ["Текст.", ""]);
        emptyParagraph.Should().Throw<ArgumentException>().WithParameterName("paragraphs");
    }
}
