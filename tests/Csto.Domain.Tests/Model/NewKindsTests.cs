using Csto.Domain.Catalog;
using Csto.Domain.Documents;
using Csto.Domain.Events;
using Csto.Domain.Naming;
using Csto.Domain.Serialization;
using NodaTime;

namespace Csto.Domain.Tests.Model;

/// <summary>The kinds issue 12 added: forces, named exercises and operations, meetings without a number, decisions, minutes, role ids.</summary>
public sealed class NewKindsTests
{
    private static readonly CstoCatalog Catalog = CstoCatalog.Default;

    [Fact]
    public void The_three_collective_forces_and_the_January_2022_peacekeeping_operation()
    {
        Catalog.Forces.Select(f => f.Name.RussianAbbreviation).Should().Equal("КСОР", "КМС", "КСБР ЦАР");
        var peacekeepers = Catalog.GetForce("cpf");
        peacekeepers.Name[GrammaticalCase.Instrumental].Should().Be("Коллективными миротворческими силами");
        var kazakhstan = peacekeepers.Deployments.Should().ContainSingle().Subject;
        kazakhstan.StateId.Should().Be("KZ");
        kazakhstan.Start.Should().Be(new LocalDate(2022, 1, 6));
        kazakhstan.End.Should().Be(new LocalDate(2022, 1, 19));
        kazakhstan.Covers(new LocalDate(2022, 1, 5)).Should().BeFalse();
        kazakhstan.Covers(new LocalDate(2022, 1, 19)).Should().BeTrue();
        kazakhstan.Covers(new LocalDate(2022, 1, 20)).Should().BeFalse();
        kazakhstan.Source.Should().Contain("6 Jan 2022").And.Contain("19 Jan 2022");
        Catalog.GetForce("crdf-car").Name.English.Should().StartWith("Collective Rapid Deployment Forces");
    }

    [Fact]
    public void The_named_exercises_and_operations_with_their_forces_and_stages()
    {
        Catalog.Activities.Where(a => a.Kind == ActivityKind.Exercise).Select(a => a.Name.Russian)
            .Should().Equal("Взаимодействие", "Поиск", "Эшелон", "Рубеж", "Кобальт", "Нерушимое братство");
        Catalog.Activities.Where(a => a.Kind == ActivityKind.Operation).Select(a => a.Name.Russian)
            .Should().Equal("Канал", "Нелегал", "ПРОКСИ");
        Catalog.GetActivity("interaction").ForceId.Should().Be("crrf");
        Catalog.GetActivity("indestructible-brotherhood").ForceId.Should().Be("cpf");
        Catalog.GetActivity("frontier").ForceId.Should().Be("crdf-car");
        var stage = Catalog.GetActivity("kanal").Stages.Single(s => s.Name == "Канал – Западная Двина");
        (stage.Start, stage.End).Should().Be((new LocalDate(2025, 9, 22), new LocalDate(2025, 9, 26)));
        stage.EnglishName.Should().Be("Channel – Western Dvina");
        Catalog.Activities.SelectMany(a => a.Stages).Should().OnlyContain(s => s.EnglishName != null && s.EnglishName.All(c => c < 'А' || c > 'я'));
        Catalog.Activities.Should().OnlyContain(a => !string.IsNullOrWhiteSpace(a.Source));
        var raid = Catalog.GetActivity("kanal").Stages.Single(s => s.Name == "Канал – Дальневосточный рейд");
        raid.EnglishName.Should().Be("Channel – Far Eastern Raid", "the CSTO's English site, 28 Jun 2024");
        raid.Source.Should().Contain("englishName: the CSTO's English site (en.odkb-csto.org), 28 Jun 2024");
        Catalog.Activities.SelectMany(a => a.Stages).Where(s => s != raid).Should().OnlyContain(s => s.Source!.Contains("englishName: our translation", StringComparison.Ordinal),
            "an English name the CSTO has not published is marked as ours");
        Catalog.GetActivity("kanal").Stages.Should().OnlyContain(s => s.EnglishName!.StartsWith("Channel – ", StringComparison.Ordinal));
    }

    [Fact]
    public void An_exercise_has_no_stages_and_an_operation_lists_each_stage_once()
    {
        var description = Catalog.GetActivity("search").Description;
        var staged = () => new NamedActivity("x", ActivityKind.Exercise, new BilingualText("Икс"), description, stages: [new ActivityStage("Икс – 1")]);
        staged.Should().Throw<ArgumentException>().WithParameterName("stages").WithMessage("Only an operation has stages*");
        var twice = () => new NamedActivity("y", ActivityKind.Operation, new BilingualText("Игрек"), description, stages: [new ActivityStage("Игрек – 1"), new ActivityStage("Игрек – 1")]);
        twice.Should().Throw<ArgumentException>().WithMessage("The stage «Игрек – 1» of \"y\" is listed twice.*");
    }

    [Fact]
    public void Posts_bodies_and_councils_of_the_issue_are_in_the_catalog()
    {
        Catalog.GetPost("deputy-secretary-general").Name[GrammaticalCase.Genitive].Should().Be("заместителя Генерального секретаря ОДКБ");
        Catalog.GetPost("chief-of-joint-staff").BodyId.Should().Be("joint-staff");
        Catalog.GetPost("permanent-representative").Name[GrammaticalCase.Instrumental].Should().Be("постоянным и полномочным представителем при ОДКБ");
        Catalog.GetBody("coordination-council-drugs").Name.RussianAbbreviation.Should().Be("КСОПН");
        Catalog.GetBody("coordination-council-emergencies").Established.Should().Be(new PartialDate(2007));
        Catalog.Bodies.Where(b => b.Kind == Bodies.BodyKind.Auxiliary).Should().HaveCount(4).And.OnlyContain(b => b.ParentId == null);
        Catalog.Bodies.Where(b => b.NumberedMeetings).Select(b => b.Id).Should().Equal(
            "wg-afghanistan", "coordination-council-drugs", "coordination-council-migration", "coordination-council-emergencies");
    }

    [Fact]
    public void A_meeting_is_numbered_exactly_when_its_body_numbers_its_meetings()
    {
        new Event(EventType.Session, date: new LocalDate(2025, 11, 27), bodyIds: ["cfm"]).Validate(Catalog).Should().BeEmpty();
        new Event(EventType.Session, date: new LocalDate(2025, 12, 3), number: 42, bodyIds: ["wg-afghanistan"]).Validate(Catalog).Should().BeEmpty();

        var unnumbered = new Event(EventType.Session, date: new LocalDate(2025, 12, 3), bodyIds: ["wg-afghanistan"]).Validate(Catalog);
        unnumbered.Should().ContainSingle().Which.Should().Be(new Csto.Domain.Validation.ValidationProblem("number",
            "The Working Group on Afghanistan under the CSTO Council of Foreign Ministers numbers its meetings: the event needs the session's number (42 for the 42nd)."));
        var numbered = new Event(EventType.Session, date: new LocalDate(2026, 1, 13), number: 1, bodyIds: ["permanent-council"]).Validate(Catalog);
        numbered.Should().ContainSingle().Which.Path.Should().Be("number");
    }

    [Fact]
    public void An_exercise_refers_to_a_named_exercise_of_the_right_kind_and_stages_are_checked()
    {
        var good = new Event(EventType.Exercise, date: new LocalDate(2025, 8, 31), endDate: new LocalDate(2025, 9, 6), title: "Взаимодействие-2025", activityId: "interaction");
        good.Validate(Catalog).Should().BeEmpty();

        var wrongKind = new Event(EventType.Exercise, activityId: "kanal", stage: "Канал – Юг");
        wrongKind.Validate(Catalog).Select(p => p.ToString()).Should().Equal(
            "type: «Канал» is an operation, the event's type is \"exercise\".",
            "stage: The catalog knows no stage «Канал – Юг» of «Канал»; it knows: «Канал – Западный заслон», «Канал – Дальневосточный рейд», «Канал – Западная Двина».");
        new Event(EventType.Operation, activityId: "illegal", stage: "Нелегал – Юг").Validate(Catalog).Select(p => p.ToString()).Should().Equal(
            "stage: «Нелегал» has no stages in the catalog: remove the stage «Нелегал – Юг».");
        new Event(EventType.Operation, activityId: "nope").Validate(Catalog).Should().ContainSingle()
            .Which.Message.Should().StartWith("Unknown exercise or operation id \"nope\"; the catalog knows: interaction, search,");

        var onSeminar = () => new Event(EventType.Seminar, activityId: "interaction");
        onSeminar.Should().Throw<ArgumentException>().WithParameterName("activityId");
        // A stage is checked against its dates in the catalog (22–26 September 2025).
        new Event(EventType.Operation, date: new LocalDate(2025, 9, 22), endDate: new LocalDate(2025, 9, 26), activityId: "kanal", stage: "Канал – Западная Двина")
            .Validate(Catalog).Should().BeEmpty();
        new Event(EventType.Operation, date: new LocalDate(2025, 9, 22), activityId: "kanal", stage: "Канал – Западная Двина").Validate(Catalog).Should().BeEmpty();
        new Event(EventType.Operation, date: new LocalDate(2024, 9, 22), endDate: new LocalDate(2024, 9, 26), activityId: "kanal", stage: "Канал – Западная Двина")
            .Validate(Catalog).Select(p => p.ToString()).Should().Equal(
                "date: The stage «Канал – Западная Двина» (Channel – Western Dvina) ran 22 Sep 2025 – 26 Sep 2025 by the catalog; the event runs 22 Sep 2024 – 26 Sep 2024.");
        new Event(EventType.Operation, date: new LocalDate(2025, 9, 25), endDate: new LocalDate(2025, 9, 30), activityId: "kanal", stage: "Канал – Западная Двина")
            .Validate(Catalog).Should().ContainSingle().Which.Message.Should().EndWith("the event runs 25 Sep 2025 – 30 Sep 2025.");
        var stageAlone = () => new Event(EventType.Operation, stage: "Канал – Западная Двина");
        stageAlone.Should().Throw<ArgumentException>().WithParameterName("stage");
    }

    [Fact]
    public void A_role_is_an_id_of_the_vocabulary_or_written_out_never_both()
    {
        var byId = new PartnerParticipant("icrc", roleId: "representatives");
        byId.RoleName!.Russian.Genitive.Should().Be("представителей");
        byId.Role.Should().BeNull();
        var both = () => new PartnerParticipant("icrc", Catalog.GetRole("staff").Name, "staff");
        both.Should().Throw<ArgumentException>().WithParameterName("roleId");

        var meeting = new Event(EventType.Conference, participants: [new BodyParticipant("secretariat", roleId: "staf")]);
        meeting.Validate(Catalog).Should().ContainSingle().Which.Should().Be(new Csto.Domain.Validation.ValidationProblem(
            "participants[0].roleId", "Unknown role id \"staf\"; did you mean \"staff\"? The catalog knows: representatives, staff, delegations, heads, contingents."));
    }

    [Fact]
    public void Decisions_and_minutes_round_trip_and_validate_with_paths()
    {
        var decision = new Decision("Об антинаркотической стратегии", "csc", new LocalDate(2025, 11, 27),
            englishTitle: "On the Counter-Narcotics Strategy", signatories: [new Signatory("UZ", Catalog.GetPost("secretary-general").Name)]);
        decision.Validate(Catalog).Should().ContainSingle().Which.Path.Should().Be("signatories[0].stateId");

        var minutes = new Minutes(["cfm", "cdm", "cssc"], new LocalDate(2025, 11, 27), number: 3,
            participants: [new MemberStateDelegations(roleId: "delegations")],
            items: [new MinutesItem("О проекте декларации", ["Одобрить проект."], "On the draft Declaration", ["To approve the draft."])]);
        minutes.Validate(Catalog).Should().BeEmpty("a joint meeting's number is not checked against one body");
        new Minutes(["cfm"], new LocalDate(2025, 11, 27), number: 3, items: minutes.Items).Validate(Catalog)
            .Should().ContainSingle().Which.Path.Should().Be("number");

        foreach (var record in new CstoRecord[] { decision, minutes })
        {
            var json = CstoJson.Write(new CstoDataFile(record));
            var read = CstoJson.Read(json, "round-trip.json");
            read.Record.Should().BeEquivalentTo(record, options => options.RespectingRuntimeTypes());
            CstoJson.Write(read).Should().Be(json);
        }
        var noItems = () => new Minutes(["cfm"], new LocalDate(2025, 11, 27));
        noItems.Should().Throw<ArgumentException>().WithParameterName("items");
        var noDecision = () => new MinutesItem("О повестке", []);
        noDecision.Should().Throw<ArgumentException>().WithMessage("The minutes item «О повестке» needs at least one decision.*");
        var unmatchedEnglish = () => new MinutesItem("О повестке", ["Одобрить.", "Внести."], englishDecisions: ["To approve."]);
        unmatchedEnglish.Should().Throw<ArgumentException>().WithParameterName("englishDecisions")
            .WithMessage("The minutes item «О повестке» has 2 decision(s) but 1 English decision(s)*");
        var emptyEnglish = () => new MinutesItem("О повестке", ["Одобрить."], englishSubject: " ");
        emptyEnglish.Should().Throw<ArgumentException>().WithParameterName("englishSubject");
    }

    [Fact]
    public void Minutes_signatories_are_checked_like_a_council_documents_person_in_the_catalog_and_of_the_state()
    {
        var office = Catalog.GetPost("secretary-general").Name;
        var minutes = new Minutes(["cfm"], new LocalDate(2025, 11, 27), number: 1,
            items: [new MinutesItem("О повестке", ["Одобрить."])],
            signatories: [new Signatory("KZ", office, "nobody"), new Signatory("RU", office, "khachaturov"), new Signatory("AM", office, "khachaturov")]);
        var problems = minutes.Validate(Catalog).Where(p => p.Path!.StartsWith("signatories", StringComparison.Ordinal)).ToList();
        problems.Select(p => p.Path).Should().Equal("signatories[0].personId", "signatories[1].personId", "signatories[1].office", "signatories[2].office");
        problems[0].Message.Should().Contain("\"nobody\"");
        problems[1].Message.Should().Be("Yuri Khachaturov is of Armenia in the catalog; the signatory is for Russia.");
        problems[2].Message.Should().Be("Yuri Khachaturov was not CSTO Secretary General on 27 Nov 2025, the date of the session: Imangali Tasmagambetov was (1 Jan 2023 – 31 Dec 2025).");
        problems[3].Should().Be(problems[2] with { Path = "signatories[2].office" });
    }

    [Fact]
    public void An_events_English_agenda_matches_its_agenda_item_for_item_and_round_trips()
    {
        var seminar = new Event(EventType.Seminar, new LocalDate(2024, 2, 14), agenda: ["Подходы военной дипломатии"],
            englishAgenda: ["Approaches of military diplomacy"]);
        var read = CstoJson.Read(CstoJson.Write(new CstoDataFile(seminar)), "round-trip.json").Record;
        ((Event)read).EnglishAgenda.Should().Equal("Approaches of military diplomacy");
        var tooMany = () => new Event(EventType.Seminar, agenda: ["Один"], englishAgenda: ["One", "Two"]);
        tooMany.Should().Throw<ArgumentException>().WithParameterName("englishAgenda")
            .WithMessage("The event has 1 agenda item(s) but 2 English agenda item(s)*");
    }

    [Fact]
    public void An_outcome_carries_its_document_type_in_camel_case_JSON()
    {
        var plan = new DocumentReference("План совместных мероприятий", type: DocumentType.JointStatement, englishTitle: "Plan");
        var json = CstoJson.Write(new CstoDataFile(new Event(EventType.Conference, outcomes: [plan])));
        json.Should().Contain("\"type\": \"jointStatement\"");
        ((Event)CstoJson.Read(json, "x.json").Record).Outcomes[0].Should().Be(plan);
    }
}
