using Csto.Domain.Documents;
using Csto.Domain.Events;
using Csto.Domain.Naming;
using Csto.Domain.People;
using Csto.Domain.Places;
using Csto.Domain.States;
using NodaTime;

namespace Csto.Domain.Tests.Model;

public sealed class ConstructorRuleTests
{
    private static readonly Name Minsk = new(new RussianName("Минск", "Минска", "Минску", "Минск", "Минском", "Минске"), "Minsk");

    [Fact]
    public void A_session_number_is_at_least_one_and_may_be_absent()
    {
        new Event(EventType.Session, bodyIds: ["cfm"]).Number.Should().BeNull("the CFM does not number its meetings");
        var zero = () => new Event(EventType.Session, number: 0, bodyIds: ["cfm"]);
        zero.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("number").WithMessage("A session number is a whole number ≥ 1, such as 42.*");
    }

    [Fact]
    public void An_end_date_must_not_come_before_the_start()
    {
        var act = () => new Event(EventType.Conference, date: new LocalDate(2025, 11, 27), endDate: new LocalDate(2025, 11, 26));
        act.Should().Throw<ArgumentException>().WithParameterName("endDate")
            .WithMessage("The end date 2025-11-26 must not be earlier than the start date 2025-11-27.*");
        var noStart = () => new Event(EventType.Conference, endDate: new LocalDate(2025, 11, 26));
        noStart.Should().Throw<ArgumentException>().WithParameterName("endDate");
    }

    [Fact]
    public void A_one_day_event_has_no_end_date()
    {
        var day = new LocalDate(2024, 2, 14);
        var seminar = new Event(EventType.Seminar, date: day, endDate: day);
        seminar.EndDate.Should().BeNull();
        seminar.Dates!.Length.Should().Be(1);
    }

    [Fact]
    public void Bodies_must_fit_the_event_type()
    {
        var session = () => new Event(EventType.Session, number: 3, bodyIds: ["cfm", "cdm"]);
        session.Should().Throw<ArgumentException>().WithParameterName("bodyIds").WithMessage("A session belongs to exactly one body; 2 given.*");
        var joint = () => new Event(EventType.JointMeeting, bodyIds: ["cfm"]);
        joint.Should().Throw<ArgumentException>().WithParameterName("bodyIds");
    }

    [Fact]
    public void Titles_must_not_be_empty()
    {
        var statement = () => new Statement(" ", "csc", new LocalDate(2025, 11, 27));
        statement.Should().Throw<ArgumentException>().WithParameterName("title").WithMessage("The title of a document must not be empty.*");
        var report = () => new AnalyticalReport("");
        report.Should().Throw<ArgumentException>().WithParameterName("title");
        var section = () => new ReportSection("Раздел");
        section.Should().Throw<ArgumentException>().WithMessage("The section \"Раздел\" needs paragraphs or subsections.*");
        var paragraph = () => new Declaration("Декларация", "csc", new LocalDate(2025, 11, 27), paragraphs: ["Первый", ""]);
        paragraph.Should().Throw<ArgumentException>().WithParameterName("paragraphs").WithMessage("Item 1 of paragraphs must not be empty.*");
    }

    [Fact]
    public void Ids_must_be_kebab_case_or_iso_codes()
    {
        var body = () => new BodyParticipant("Working Group");
        body.Should().Throw<ArgumentException>().WithParameterName("bodyId").WithMessage("*\"Working Group\" must be lowercase kebab-case*");
        var state = () => new MemberState("Kg", Minsk, Minsk, [new MembershipStatus(MembershipStatusKind.Member, new PartialDate(1992))]);
        state.Should().Throw<ArgumentException>().WithParameterName("id");
    }

    [Fact]
    public void A_membership_history_must_be_in_order()
    {
        var act = () => new MemberState("UZ", Minsk, Minsk,
        [
            new MembershipStatus(MembershipStatusKind.Member, new PartialDate(2006, 8, 16)),
            new MembershipStatus(MembershipStatusKind.Withdrawn, new PartialDate(1999, 4, 20)),
        ]);
        act.Should().Throw<ArgumentException>().WithParameterName("history").WithMessage("*status 1 (1999-04-20) does not follow status 0 (2006-08-16)*");
    }

    [Fact]
    public void A_local_time_needs_a_known_time_zone()
    {
        var city = new City(Minsk, "BY");
        var noZone = () => new Venue(city, time: new LocalTime(10, 0));
        noZone.Should().Throw<ArgumentException>().WithParameterName("timeZoneId");
        var unknown = () => new Venue(city, timeZoneId: "Europe/Minks");
        unknown.Should().Throw<ArgumentException>().WithMessage("\"Europe/Minks\" is not an IANA time zone id*");
        new Venue(city, timeZoneId: "Europe/Minsk", time: new LocalTime(10, 0)).TimeZone!.Id.Should().Be("Europe/Minsk");
    }

    [Fact]
    public void An_official_is_given_by_id_or_written_out_but_not_both()
    {
        var both = () => new OfficialParticipant(personId: "zas", person: CstoCatalogPerson(), postId: "secretary-general");
        both.Should().Throw<ArgumentException>().WithParameterName("personId");
        var neither = () => new OfficialParticipant(personId: "zas");
        neither.Should().Throw<ArgumentException>().WithParameterName("postId");
    }

    [Fact]
    public void Periods_and_message_dates_are_checked()
    {
        var early = () => new ActivityReport("Отчет", new DateInterval(new LocalDate(2023, 1, 1), new LocalDate(2025, 12, 31)), date: new LocalDate(2022, 12, 31));
        early.Should().Throw<ArgumentException>().WithParameterName("date");
        var seminar = new Event(EventType.Seminar, date: new LocalDate(2024, 2, 14));
        var message = () => new InformationMessage("Семинар", seminar, date: new LocalDate(2024, 2, 13));
        message.Should().Throw<ArgumentException>().WithParameterName("date");
    }

    [Fact]
    public void A_term_cannot_end_before_it_starts()
    {
        var act = () => new Term("secretary-general", "zas", new PartialDate(2022), new PartialDate(2020));
        act.Should().Throw<ArgumentException>().WithParameterName("end").WithMessage("The end of a term (2020) must not be earlier than its start (2022).*");
    }

    private static Person CstoCatalogPerson() => Csto.Domain.Catalog.CstoCatalog.Default.GetPerson("zas");
}
