using Csto.Domain.Catalog;
using Csto.Domain.Documents;
using Csto.Domain.Serialization;
using NodaTime;

namespace Csto.Domain.Tests.Model;

/// <summary>The Secretary General's report to the Council (issue 12) and the plan item's term given as a span.</summary>
public sealed class SecretaryGeneralReportTests
{
    private static readonly CstoCatalog Catalog = CstoCatalog.Default;
    private static readonly LocalDate Bishkek = new(2025, 11, 27);
    private static readonly DateInterval Intersessional = new(new LocalDate(2024, 11, 28), Bishkek);
    private static readonly ReportSection[] Sections = [new ReportSection("Учения", ["Проведены учения."])];

    [Fact]
    public void A_report_round_trips_under_its_camel_case_kind()
    {
        var report = new SecretaryGeneralReport("Об основных итогах деятельности ОДКБ в межсессионный период", "tasmagambetov", Bishkek, Intersessional, Sections,
            annexes: [new DocumentReference("Отчёт о деятельности Организации за 2023–2025 годы", "activity-report-2023-2025", DocumentType.Report)],
            englishSubject: "On the main outcomes");

        var json = CstoJson.Write(new CstoDataFile(report, "secretary-general-report"));

        json.Should().Contain("\"kind\": \"secretaryGeneralReport\"").And.Contain("\"secretaryGeneralId\": \"tasmagambetov\"")
            .And.Contain("\"sessionDate\": \"2025-11-27\"").And.Contain("\"start\": \"2024-11-28\"");
        var read = CstoJson.Read(json, "report.json");
        read.Template.Should().Be("secretary-general-report");
        read.Record.Should().BeOfType<SecretaryGeneralReport>().Which.Should().BeEquivalentTo(report);
        CstoJson.Write(read).Should().Be(json);
        report.Validate(Catalog).Should().BeEmpty();
        CstoRecord.Kinds.Should().Contain("secretaryGeneralReport").And.OnlyHaveUniqueItems();
    }

    [Fact]
    public void The_reporter_must_hold_the_post_on_the_session_day_and_the_session_must_be_the_catalogs()
    {
        // Masadykov took office on 1 Jan 2026; the 2025 session was on 27 Nov, not the 26th.
        var wrongPerson = new SecretaryGeneralReport("О", "masadykov", Bishkek, Intersessional, Sections);
        var wrongDay = new SecretaryGeneralReport("О", "tasmagambetov", new LocalDate(2025, 11, 26), new DateInterval(new LocalDate(2024, 11, 28), new LocalDate(2025, 11, 26)), Sections);
        var both = new SecretaryGeneralReport("О", "tasmagambetof", new LocalDate(2031, 11, 20), Intersessional, Sections);

        var person = wrongPerson.Validate(Catalog).Should().ContainSingle().Subject;
        person.Path.Should().Be("secretaryGeneralId");
        person.Message.Should().Be("Taalatbek Masadykov was not CSTO Secretary General on 27 Nov 2025, the date of the session: Imangali Tasmagambetov was (1 Jan 2023 – 31 Dec 2025).");

        var day = wrongDay.Validate(Catalog).Should().ContainSingle().Subject;
        day.Path.Should().Be("sessionDate");
        day.Message.Should().Be("The regular session of the Collective Security Council in 2025 was held on 27 Nov 2025 in Bishkek, not on 26 Nov 2025.");

        var problems = both.Validate(Catalog);
        problems.Select(p => p.Path).Should().Equal("secretaryGeneralId", "sessionDate");
        problems[0].Message.Should().StartWith("Unknown person id \"tasmagambetof\"; did you mean \"tasmagambetov\"?");
        problems[1].Message.Should().StartWith("The catalog has no regular session of the Collective Security Council in 2031; it knows the sessions of 2022, 2023, 2024, 2025, 2026");
    }

    [Fact]
    public void An_acting_Secretary_General_reports_and_an_announced_session_is_named_as_announced()
    {
        // V. Semerikov was acting Secretary General throughout 2019; the 2026 session is announced for 11 Nov.
        var acting = new SecretaryGeneralReport("О", "semerikov", new LocalDate(2019, 11, 28), new DateInterval(new LocalDate(2019, 1, 1), new LocalDate(2019, 11, 27)), Sections);
        var announced = new SecretaryGeneralReport("О", "masadykov", new LocalDate(2026, 11, 12), new DateInterval(new LocalDate(2026, 1, 1), new LocalDate(2026, 11, 1)), Sections);

        var actingProblems = acting.Validate(Catalog);
        actingProblems.Should().NotContain(p => p.Path == "secretaryGeneralId");
        announced.Validate(Catalog).Should().ContainSingle().Which.Message.Should()
            .Be("The regular session of the Collective Security Council in 2026 was announced for 11 Nov 2026 in Moscow, not on 12 Nov 2026.");
    }

    [Fact]
    public void A_report_needs_a_section_and_a_period_that_ends_by_the_session()
    {
        var late = () => new SecretaryGeneralReport("О", "tasmagambetov", Bishkek, new DateInterval(new LocalDate(2024, 11, 28), new LocalDate(2025, 12, 31)), Sections);
        late.Should().Throw<ArgumentException>().WithParameterName("period").WithMessage("The period reported on ends on 2025-12-31, after the session of 2025-11-27*");
        var empty = () => new SecretaryGeneralReport("О", "tasmagambetov", Bishkek, Intersessional, []);
        empty.Should().Throw<ArgumentException>().WithParameterName("sections");
        var noSubject = () => new SecretaryGeneralReport(" ", "tasmagambetov", Bishkek, Intersessional, Sections);
        noSubject.Should().Throw<ArgumentException>().WithParameterName("subject");
    }

    [Fact]
    public void A_plan_item_may_run_over_months_and_its_end_counts_against_the_plan_period()
    {
        var year = new DateInterval(new LocalDate(2026, 1, 1), new LocalDate(2026, 12, 31));
        var autumn = new PlanItem("Учение «Взаимодействие»", new PartialDate(2026, 9), ["joint-staff"], termEnd: new PartialDate(2026, 10));
        var overYearEnd = new PlanItem("Учение", new PartialDate(2026, 12), ["joint-staff"], termEnd: new PartialDate(2027, 1));

        autumn.Earliest.Should().Be(new LocalDate(2026, 9, 1));
        autumn.Latest.Should().Be(new LocalDate(2026, 10, 31));
        var plan = new ActivityPlan("План совместной подготовки на 2026 год", year, [autumn, overYearEnd]);
        var problem = plan.Validate(Catalog).Should().ContainSingle().Subject;
        problem.Path.Should().Be("items[1].termEnd", "the start, December 2026, lies within the plan's year; only the end does not");
        problem.Message.Should().Be("The term of «Учение» (2026-12 – 2027-01) does not lie within the plan's period 2026-01-01 – 2026-12-31: it ends after it.");
        var beforeStart = new PlanItem("Учение", new PartialDate(2025, 12), ["joint-staff"], termEnd: new PartialDate(2026, 1));
        new ActivityPlan("План", year, [beforeStart]).Validate(Catalog).Should().ContainSingle().Which.Path.Should().Be("items[0].term", "the start lies before the period");

        var json = CstoJson.Write(new CstoDataFile(plan));
        json.Should().Contain("\"termEnd\": \"2026-10\"").And.NotContain("approvingBodyId");
        CstoJson.Read(json, "plan.json").Record.Should().BeOfType<ActivityPlan>().Which.Should().BeEquivalentTo(plan);

        // How the parts of an item fit is checked where it can be located: at the item's property path.
        var mixed = new PlanItem("Учение", new PartialDate(2026, 9), ["joint-staff"], termEnd: new PartialDate(2026, 10, 15));
        var backwards = new PlanItem("Учение «Рубеж»", new PartialDate(2026, 10), ["joint-staff"], termEnd: new PartialDate(2026, 9));
        var withQuarter = new PlanItem("Учение", new PartialDate(2026), ["joint-staff"], quarter: 3, termEnd: new PartialDate(2027));
        var badQuarter = new PlanItem("Учение", new PartialDate(2026, 5), [], quarter: 5);
        new ActivityPlan("План", year, [autumn, mixed, backwards, withQuarter, badQuarter]).Validate(Catalog).Select(p => p.ToString()).Should().Equal(
            "items[1].termEnd: The term of the plan item «Учение» runs from 2026-09 to 2026-10-15: the end must come after the start and be given to the same precision (year, month or day).",
            "items[2].termEnd: The term of the plan item «Учение «Рубеж»» runs from 2026-10 to 2026-09: the end must come after the start and be given to the same precision (year, month or day).",
            "items[3].termEnd: The plan item «Учение» gives a quarter and an end 2027; give one.",
            "items[4].responsibleBodyIds: The plan item «Учение» needs at least one responsible body.",
            "items[4].quarter: The quarter of the plan item «Учение» must be 1–4, not 5.",
            "items[4].quarter: The plan item «Учение» gives both the month 2026-05 and quarter 5; give one.");
    }
}
