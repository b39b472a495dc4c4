using Csto.Domain.Catalog;
using Csto.Domain.Documents;
using Csto.Domain.Serialization;
using Csto.Domain.Validation;
using NodaTime;

namespace Csto.Domain.Tests.Model;

/// <summary>The document kinds issue 12 added last: the joint statement of ministers and the plan of joint activities.</summary>
public sealed class DocumentKindsTests
{
    private static readonly CstoCatalog Catalog = CstoCatalog.Default;

    [Fact]
    public void A_joint_statement_round_trips_under_its_camel_case_kind()
    {
        var statement = new JointStatement("Заявление министров иностранных дел государств – членов ОДКБ по случаю 80-летия учреждения ООН", "cfm",
            new LocalDate(2025, 9, 25), paragraphs: ["Подтверждаем приверженность целям и принципам Устава ООН."],
            signatories: [new Signatory("KZ", Catalog.GetBody("cfm").Name)], englishTitle: "Statement on the 80th Anniversary of the United Nations");

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
            signatories: [new Signatory("UZ", Catalog.GetBody("cfm").Name), new Signatory("KZ", Catalog.GetBody("cfm").Name, "nobody-known")]);

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

    private static readonly DateInterval Year2026 = new(new LocalDate(2026, 1, 1), new LocalDate(2026, 12, 31));

    [Fact]
    public void A_plan_item_spans_its_year_quarter_month_or_day()
    {
        var byQuarter = new PlanItem("Консультации", new PartialDate(2026), ["cfm"], quarter: 2);
        (byQuarter.Earliest, byQuarter.Latest).Should().Be((new LocalDate(2026, 4, 1), new LocalDate(2026, 6, 30)));
        var fourth = new PlanItem("Консультации", new PartialDate(2026), ["cfm"], quarter: 4);
        (fourth.Earliest, fourth.Latest).Should().Be((new LocalDate(2026, 10, 1), new LocalDate(2026, 12, 31)));
        var byMonth = new PlanItem("Семинар", new PartialDate(2028, 2), ["secretariat"]);
        (byMonth.Earliest, byMonth.Latest).Should().Be((new LocalDate(2028, 2, 1), new LocalDate(2028, 2, 29)));
        var byYear = new PlanItem("Учение", new PartialDate(2026), ["joint-staff"]);
        (byYear.Earliest, byYear.Latest).Should().Be((new LocalDate(2026, 1, 1), new LocalDate(2026, 12, 31)));

        // A quarter outside 1–4, a quarter with a month and an item without a body are reported by validation, at the item.
        var fifth = new PlanItem("Консультации", new PartialDate(2026), ["cfm"], quarter: 5);
        (fifth.Earliest, fifth.Latest).Should().Be((new LocalDate(2026, 1, 1), new LocalDate(2026, 12, 31)));
        var monthAndQuarter = new PlanItem("Консультации", new PartialDate(2026, 3), ["cfm"], quarter: 1);
        var nobody = new PlanItem("Консультации", new PartialDate(2026), []);
        var year = new DateInterval(new LocalDate(2026, 1, 1), new LocalDate(2026, 12, 31));
        new ActivityPlan("План", year, [byQuarter, fifth, monthAndQuarter, nobody]).Validate(CstoCatalog.Default).Select(p => p.ToString()).Should().Equal(
            "items[1].quarter: The quarter of the plan item «Консультации» must be 1–4, not 5.",
            "items[2].quarter: The plan item «Консультации» gives both the month 2026-03 and quarter 1; give one.",
            "items[3].responsibleBodyIds: The plan item «Консультации» needs at least one responsible body.");
        var badId = () => new PlanItem("Консультации", new PartialDate(2026), ["CFM body"]);
        badId.Should().Throw<ArgumentException>().WithParameterName("responsibleBodyIds");
    }

    [Fact]
    public void A_plan_round_trips_under_its_camel_case_kind_with_partial_terms_and_quarters()
    {
        var plan = new ActivityPlan("План совместных мероприятий", Year2026, approvingBodyId: "cfm", items:
            [new PlanItem("Консультации", new PartialDate(2026), ["cfm", "secretariat"], quarter: 3, englishActivity: "Consultations"),
             new PlanItem("Семинар", new PartialDate(2026, 11), ["secretariat"])],
            approvalDate: new LocalDate(2025, 11, 27), englishTitle: "Plan of joint activities");

        var json = CstoJson.Write(new CstoDataFile(plan));

        json.Should().Contain("\"kind\": \"activityPlan\"").And.Contain("\"term\": \"2026\"").And.Contain("\"quarter\": 3")
            .And.Contain("\"term\": \"2026-11\"").And.Contain("\"start\": \"2026-01-01\"");
        var read = CstoJson.Read(json, "plan.json").Record.Should().BeOfType<ActivityPlan>().Subject;
        read.Should().BeEquivalentTo(plan);
        CstoJson.Write(new CstoDataFile(read)).Should().Be(json);
        plan.Validate(Catalog).Should().BeEmpty();
    }

    [Fact]
    public void A_plan_reports_every_term_outside_its_period_and_every_unknown_body_at_its_path()
    {
        var plan = new ActivityPlan("План совместных мероприятий", Year2026, approvingBodyId: "cfn", items:
            [new PlanItem("Консультации", new PartialDate(2026), ["cfm"], quarter: 1),
             new PlanItem("Семинар", new PartialDate(2027, 1), ["secretariat", "wg-afganistan"]),
             new PlanItem("Учение", new PartialDate(2025), ["joint-staff"], quarter: 4)]);

        var problems = plan.Validate(Catalog);

        problems.Select(p => p.Path).Should().Equal(
            "approvingBodyId", "items[1].term", "items[1].responsibleBodyIds[1]", "items[2].term");
        problems[0].Message.Should().StartWith("Unknown body id \"cfn\"; did you mean \"cfm\"?");
        problems[1].Message.Should().Be("The term of «Семинар» (2027-01) does not lie within the plan's period 2026-01-01 – 2026-12-31.");
        problems[2].Message.Should().StartWith("Unknown body id \"wg-afganistan\"; did you mean \"wg-afghanistan\"?");
        problems[3].Message.Should().Be("The term of «Учение» (Q4 2025) does not lie within the plan's period 2026-01-01 – 2026-12-31.");
    }

    [Fact]
    public void A_plan_needs_an_item_and_is_not_approved_after_its_period()
    {
        var item = new PlanItem("Консультации", new PartialDate(2026), ["cfm"]);
        var empty = () => new ActivityPlan("План", Year2026, approvingBodyId: "cfm", items: []);
        empty.Should().Throw<ArgumentException>().WithParameterName("items").WithMessage("The plan «План» needs at least one item.*");
        var late = () => new ActivityPlan("План", Year2026, approvingBodyId: "cfm", items: [item], approvalDate: new LocalDate(2027, 1, 1));
        late.Should().Throw<ArgumentException>().WithParameterName("approvalDate");
        new ActivityPlan("План", Year2026, approvingBodyId: "cfm", items: [item], approvalDate: new LocalDate(2026, 12, 31)).Validate(Catalog).Should().BeEmpty();
    }

    [Fact]
    public void A_responsible_body_must_exist_when_the_item_starts()
    {
        var established = Catalog.GetBody("coordination-council-emergencies").Established!.Value;
        var plan = new ActivityPlan("План", new DateInterval(new LocalDate(2006, 1, 1), new LocalDate(2006, 12, 31)), approvingBodyId: "cfm", items:
            [new PlanItem("Заседание", new PartialDate(2006, 5), ["coordination-council-emergencies"])]);

        plan.Validate(Catalog).Should().ContainSingle().Which.Path.Should().Be("items[0].responsibleBodyIds[0]");
        established.Year.Should().Be(2007);
    }
}
