using Csto.Domain.Catalog;
using Csto.Domain.Documents;
using Csto.Domain.Events;
using Csto.Domain.Naming;
using Csto.Domain.People;
using Csto.Domain.Places;
using Csto.Domain.Validation;
using NodaTime;

namespace Csto.Domain.Tests.Validation;

public sealed class ValidationTests
{
    private static readonly CstoCatalog Catalog = CstoCatalog.Default;
    private static readonly LocalDate December3 = new(2025, 12, 3);

    [Fact]
    public void An_unknown_id_names_the_nearest_known_ids_first()
    {
        var meeting = new Event(
            EventType.Session,
            date: December3,
            number: 42,
            bodyIds: ["wg-afganistan"],
            participants: [new PartnerParticipant("icrk"), new StateDelegation("RY"), new PartnerParticipant("completely-unknown")]);

        meeting.Validate(Catalog).Select(p => $"{p.Path}: {p.Message.Split(" catalog knows")[0]}").Should().BeEquivalentTo(
            "bodyIds[0]: Unknown body id \"wg-afganistan\"; did you mean \"wg-afghanistan\"? The",
            "participants[0].partnerId: Unknown partner organisation id \"icrk\"; did you mean \"icrc\"? The",
            "participants[1].stateId: Unknown state id \"RY\"; did you mean \"BY\" or \"RU\"? The",
            "participants[2].partnerId: Unknown partner organisation id \"completely-unknown\"; the");
    }

    [Fact]
    public void Every_problem_is_reported_with_its_path_not_just_the_first()
    {
        var meeting = new Event(
            EventType.Session,
            date: December3,
            number: 42,
            bodyIds: ["wg-afghanistan"],
            organizer: new OfficialParticipant(personId: "nobody", postId: "secretary-general"),
            participants:
            [
                new BodyParticipant("secretariat"),
                new StateDelegation("KG"),
                new StateDelegation("AM"),
                new StateDelegation("UZ"),
                new PartnerParticipant("unoct-typo"),
                new StateDelegation("GE"),
            ]);

        var problems = meeting.Validate(Catalog);

        problems.Should().BeEquivalentTo(
            new[]
            {
                new ValidationProblem("organizer.personId", "Unknown person id \"nobody\"; the catalog knows: bordyuzha, semerikov, khachaturov, zas, tasmagambetov, masadykov, shuvalov, serdyukov."),
                new ValidationProblem("participants[3].stateId", "Uzbekistan's membership was suspended on 19 Dec 2012, the event is dated 3 Dec 2025."),
                new ValidationProblem("participants[4].partnerId", "Unknown partner organisation id \"unoct-typo\"; the catalog knows: unoct, unrcca, cis-atc, sco-rats, cis-border-service, icrc, cis-executive-committee, cis-cdm-secretariat."),
                new ValidationProblem("participants[5].stateId", "Georgia ceased to be a party on 20 Apr 1999, the event is dated 3 Dec 2025."),
            },
            options => options.WithStrictOrdering());
        problems[1].ToString().Should().Be("participants[3].stateId: Uzbekistan's membership was suspended on 19 Dec 2012, the event is dated 3 Dec 2025.");
    }

    [Fact]
    public void Armenia_with_participation_frozen_is_still_a_member()
    {
        new Event(EventType.Conference, date: December3, participants: [new StateDelegation("AM")])
            .Validate(Catalog).Should().BeEmpty();
    }

    [Fact]
    public void The_day_before_a_suspension_is_fine_and_the_day_itself_is_not()
    {
        Event On(LocalDate date) => new(EventType.Conference, date: date, participants: [new StateDelegation("UZ")]);
        On(new LocalDate(2012, 12, 18)).Validate(Catalog).Should().BeEmpty();
        On(new LocalDate(2012, 12, 19)).Validate(Catalog).Should().ContainSingle()
            .Which.Path.Should().Be("participants[0].stateId");
    }

    [Fact]
    public void A_body_cannot_meet_before_it_was_created()
    {
        var meeting = new Event(EventType.Session, date: new LocalDate(2004, 1, 10), number: 1, bodyIds: ["wg-afghanistan"]);
        meeting.Validate(Catalog).Should().ContainSingle().Which.Should().Be(new ValidationProblem(
            "bodyIds[0]",
            "The Working Group on Afghanistan under the CSTO Council of Foreign Ministers was created on 23 Jun 2005, the event is dated 10 Jan 2004."));
    }

    [Fact]
    public void Unknown_body_ids_are_problems_with_paths()
    {
        var meeting = new Event(EventType.JointMeeting, date: December3, bodyIds: ["cfm", "cdm", "csc-council"]);
        meeting.Validate(Catalog).Should().ContainSingle().Which.Path.Should().Be("bodyIds[2]");
    }

    [Fact]
    public void A_summit_session_is_checked_against_the_chairmanship()
    {
        var tashkent = new City(new Name(RussianName.Indeclinable("Ташкент"), "Tashkent"), "UZ");
        var summit = new Event(EventType.SummitSession, date: new LocalDate(2025, 11, 28), venue: new Venue(tashkent), bodyIds: ["cfm"]);
        summit.Validate(Catalog).Select(p => p.ToString()).Should().Equal(
            "bodyIds: A summit session is a session of the Collective Security Council: bodyIds must contain \"csc\".",
            "date: The CSC session of 2025 is dated 27 Nov 2025 in the catalog, the event is dated 28 Nov 2025.",
            "venue: The CSC session of 2025 was held in Bishkek according to the catalog, the event's venue is Tashkent.");
    }

    [Fact]
    public void Declaration_signatories_and_body_are_checked()
    {
        var office = new Name(RussianName.Indeclinable("Президент"), "President");
        var declaration = new Declaration(
            "Декларация", "csc-x", new LocalDate(2025, 11, 27),
            signatories: [new Signatory("KG", office), new Signatory("UZ", office, "nobody")]);
        declaration.Validate(Catalog).Select(p => p.Path).Should().Equal(
            "issuingBodyId", "signatories[1].stateId", "signatories[1].personId");
    }

    [Fact]
    public void An_information_message_reports_inside_its_event()
    {
        var seminar = new Event(EventType.Seminar, date: new LocalDate(2024, 2, 14), participants: [new GuestParticipant(new Name(RussianName.Indeclinable("гости"), "guests")), new BodyParticipant("press-office")]);
        var message = new InformationMessage("Семинар", seminar);
        message.Validate(Catalog).Should().ContainSingle().Which.Path.Should().Be("event.participants[1].bodyId");
    }

    [Fact]
    public void Reports_check_their_authors()
    {
        var report = new AnalyticalReport("Доклад", assistedBy: [new BodyParticipant("secretariat"), new PartnerParticipant("nato")]);
        report.Validate(Catalog).Should().ContainSingle().Which.Path.Should().Be("assistedBy[1].partnerId");
        var activity = new ActivityReport("Отчет", new DateInterval(new LocalDate(2023, 1, 1), new LocalDate(2025, 12, 31)),
            preparedBy: [new OfficialParticipant(person: new Person("someone", Tasmagambetov().Name), postId: "secretary-generals")]);
        activity.Validate(Catalog).Should().ContainSingle().Which.Path.Should().Be("preparedBy[0].postId");
    }

    [Theory]
    [InlineData("Отчёт о деятельности Организации за последние три года")]
    [InlineData("Отчёт о деятельности Организации за 2023–2025 годы")]
    public void An_activity_report_title_that_names_its_period_is_reported(string title)
    {
        var period = new DateInterval(new LocalDate(2023, 1, 1), new LocalDate(2025, 12, 31));
        var problem = new ActivityReport(title, period).Validate(Catalog).Should().ContainSingle().Which;
        problem.Path.Should().Be("title");
        problem.Message.Should().Contain("за 2023–2025 годы");
        new ActivityReport("Отчёт о деятельности Организации", period).Validate(Catalog).Should().BeEmpty();
    }

    [Fact]
    public void A_figures_years_lie_in_the_reports_period()
    {
        var report = new ActivityReport("Отчет", new DateInterval(new LocalDate(2023, 1, 1), new LocalDate(2025, 12, 31)),
            figures: [new Figure("Учения", 3), new Figure("Сессии", 3, byYear: [new YearValue(2022, 1), new YearValue(2023, 1), new YearValue(2026, 1)])]);
        var problems = report.Validate(Catalog);
        problems.Select(p => p.Path).Should().Equal("figures[1].byYear[0]", "figures[1].byYear[2]");
        problems[0].Message.Should().Contain("2022 lies outside the report's period 2023–2025");
    }

    private static Person Tasmagambetov() => Catalog.GetPerson("tasmagambetov");
}
