using Csto.Domain.Catalog;
using Csto.Domain.Documents;
using Csto.Domain.Events;
using Csto.Domain.Naming;
using Csto.Domain.Serialization;
using NodaTime;

namespace Csto.Domain.Tests.Samples;

public sealed class SampleDataTests
{
    public static TheoryData<string> Files()
    {
        var data = new TheoryData<string>();
        foreach (var file in RepositoryFiles.SampleFiles())
        {
            data.Add(Path.GetFileName(file));
        }
        return data;
    }

    [Fact]
    public void The_fifteen_json_sample_files_exist_with_their_templates()
    {
        var templates = RepositoryFiles.SampleFiles().ToDictionary(
            file => Path.GetFileName(file),
            file => CstoJson.Read(File.ReadAllText(file), Path.GetFileName(file)!).Template);
        templates.Should().BeEquivalentTo(new Dictionary<string, string?>
        {
            ["wg-afghanistan-42.json"] = "session-communique",
            ["minsk-conference-2025.json"] = "event-summary",
            ["greater-eurasian-partnership-report.json"] = "analytical-report",
            ["bishkek-press-conference-2025.json"] = "event-summary",
            ["csc-declaration-2025.json"] = "summit-declaration",
            ["seminar-2024-02-14.json"] = "event-summary",
            ["csc-statement-narcotics-2025.json"] = "statement",
            ["activity-report-2023-2025.json"] = "activity-report",
            ["csc-decision-antinarcotics-strategy-2025.json"] = "decision",
            ["joint-meeting-bishkek-2025-minutes.json"] = "minutes",
            ["exercise-interaction-2025.json"] = "event-summary",
            ["seminar-2024-02-14-event.json"] = "session-communique",
            ["cfm-statement-un80-2025.json"] = "joint-statement",
            ["secretary-general-report-2025.json"] = "secretary-general-report",
            ["joint-training-plan-2026.json"] = "activity-plan",
        });
    }

    [Theory]
    [MemberData(nameof(Files))]
    public async Task Every_sample_round_trips(string fileName)
    {
        await using var stream = File.OpenRead(Path.Combine(RepositoryFiles.SampleData, fileName));
        var first = await CstoJson.ReadAsync(stream, fileName);
        var written = CstoJson.Write(first);
        var second = CstoJson.Read(written, $"{fileName} (rewritten)");

        second.Should().BeEquivalentTo(first, options => options.RespectingRuntimeTypes());
        CstoJson.Write(second).Should().Be(written);

        using var output = new MemoryStream();
        await CstoJson.WriteAsync(output, second);
        output.Position = 0;
        (await CstoJson.ReadAsync(output, "stream")).Should().BeEquivalentTo(first, options => options.RespectingRuntimeTypes());
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void Every_sample_is_stored_in_the_canonical_written_form(string fileName)
    {
        var text = File.ReadAllText(Path.Combine(RepositoryFiles.SampleData, fileName));
        CstoJson.Write(CstoJson.Read(text, fileName)).Should().Be(text.ReplaceLineEndings("\n"));
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void Every_sample_is_consistent_with_the_catalog(string fileName)
    {
        var file = CstoJson.Read(File.ReadAllText(Path.Combine(RepositoryFiles.SampleData, fileName)), fileName);
        file.Record.Validate(CstoCatalog.Default).Should().BeEmpty();
        file.Record.Provenance.Should().NotBeEmpty("every sample names its sources");
    }

    [Fact]
    public void The_42nd_meeting_lists_the_participants_of_the_seed_in_order()
    {
        var meeting = (Event)Read("wg-afghanistan-42.json").Record;
        meeting.Type.Should().Be(EventType.Session);
        meeting.Number.Should().Be(42);
        meeting.Date.Should().Be(new LocalDate(2025, 12, 3));
        meeting.BodyIds.Should().Equal("wg-afghanistan");
        meeting.Participants.Should().HaveCount(8);
        meeting.Participants[0].Should().BeOfType<BodyParticipant>().Which.BodyId.Should().Be("secretariat");
        meeting.Participants[0].RoleId.Should().Be("staff", "the samples refer to the catalog's role vocabulary");
        meeting.Participants[0].RoleName![GrammaticalCase.Genitive].Should().Be("сотрудников");
        meeting.Participants.Should().OnlyContain(p => p.Role == null);
        meeting.Participants[1].Should().BeOfType<MemberStateDelegations>();
        meeting.Participants.Skip(2).Cast<PartnerParticipant>().Select(p => p.PartnerId)
            .Should().Equal("unoct", "unrcca", "cis-atc", "sco-rats", "cis-border-service", "icrc");
    }

    [Fact]
    public void The_Minsk_conference_spans_two_days_and_is_organised_by_the_research_institute()
    {
        var message = (InformationMessage)Read("minsk-conference-2025.json").Record;
        (message.Event.Dates == new DateInterval(new LocalDate(2025, 11, 26), new LocalDate(2025, 11, 27))).Should().BeTrue();
        message.Event.Venue!.City.Name[GrammaticalCase.Prepositional].Should().Be("Минске");
        var organizer = message.Event.Organizer.Should().BeOfType<OrganizationParticipant>().Subject;
        organizer.Name[GrammaticalCase.Instrumental].Should().StartWith("Научно-исследовательским институтом");
        organizer.StateId.Should().Be("BY");
    }

    [Fact]
    public void The_seminar_keeps_the_four_seed_paragraphs_and_names_Shuvalov()
    {
        var message = (InformationMessage)Read("seminar-2024-02-14.json").Record;
        message.Headline.Should().Be("В Секретариате ОДКБ прошёл образовательный семинар по вопросам евразийской безопасности");
        message.Paragraphs.Should().HaveCount(4);
        message.Paragraphs[1].Should().StartWith("Начальник Отдела информации и связей с общественностью Секретариата ОДКБ Юрий Шувалов");
        var official = message.Event.Participants.OfType<OfficialParticipant>().Single().Resolve(CstoCatalog.Default);
        official.Describe(GrammaticalCase.Nominative)
            .Should().Be("начальник Отдела информации и связей с общественностью Секретариата ОДКБ Юрий Шувалов");
    }

    [Fact]
    public void The_press_conference_has_no_unsourced_date()
    {
        var message = (InformationMessage)Read("bishkek-press-conference-2025.json").Record;
        message.Event.Date.Should().BeNull();
        message.Date.Should().BeNull();
        message.Event.Type.Should().Be(EventType.PressConference);
        message.Event.Outcomes.Single().RecordId.Should().Be("activity-report-2023-2025");
    }

    [Fact]
    public void The_declaration_opens_with_the_seed_sentence()
    {
        var declaration = (Declaration)Read("csc-declaration-2025.json").Record;
        declaration.Title.Should().Be("Декларация Совета коллективной безопасности Организации Договора о коллективной безопасности (27 ноября 2025 года)");
        declaration.Preamble.Single().Should().StartWith("Мы, члены Совета коллективной безопасности");
        declaration.Signatories.Should().BeEmpty("no signatories are sourced");
        declaration.Place!.Name.English.Should().Be("Bishkek");
    }

    [Fact]
    public void The_activity_report_figures_agree_with_the_catalog()
    {
        var report = (ActivityReport)Read("activity-report-2023-2025.json").Record;
        var catalog = CstoCatalog.Default;
        report.Period.Start.Should().Be(new LocalDate(2023, 1, 1));
        report.Period.End.Should().Be(new LocalDate(2025, 12, 31));
        report.Figures[0].Value.Should().Be(catalog.MembersOn(report.Period.End).Count);
        report.Figures[1].Value.Should().Be(catalog.Chairmanships.Count(c => report.Period.Contains(c.SessionDate!.Value)));
        report.Figures.Should().OnlyContain(f => f.Source != null);
    }

    [Fact]
    public void The_joint_statement_is_the_foreign_ministers_statement_on_the_UN_anniversary_as_TASS_quotes_it()
    {
        var statement = (JointStatement)Read("cfm-statement-un80-2025.json").Record;
        statement.Title.Should().Be("Заявление министров иностранных дел государств – членов ОДКБ по случаю 80-летия учреждения ООН");
        statement.IssuingBodyId.Should().Be("cfm");
        statement.Date.Should().Be(new LocalDate(2025, 9, 25));
        statement.Place!.Name.English.Should().Be("New York");
        (statement.Preamble.Count + statement.Paragraphs.Count + statement.Signatories.Count).Should().Be(0, "the sources quote the text only in part");
        statement.Provenance.Should().Contain(p => p.Contains("tass.ru/politika/25164961", StringComparison.Ordinal));
    }

    [Fact]
    public void The_statement_carries_its_official_title()
    {
        var statement = (Statement)Read("csc-statement-narcotics-2025.json").Record;
        statement.Title.Should().Be("Заявление Совета коллективной безопасности Организации Договора о коллективной безопасности об укреплении сотрудничества в сфере противодействия незаконному обороту наркотиков");
        statement.EnglishTitle.Should().StartWith("Statement of the Collective Security Council");
        ((Declaration)Read("csc-declaration-2025.json").Record).Preamble[0].Should().Contain("80-й годовщины").And.NotContain("80-ой");
    }

    [Fact]
    public void The_decision_the_minutes_and_the_exercise_are_built_from_sourced_facts()
    {
        var decision = (Decision)Read("csc-decision-antinarcotics-strategy-2025.json").Record;
        decision.IssuingBodyId.Should().Be("csc");
        decision.Date.Should().Be(CstoCatalog.Default.ChairOf(2025).SessionDate!.Value);
        decision.Paragraphs.Should().BeEmpty("the text is not in the sources");

        var minutes = (Minutes)Read("joint-meeting-bishkek-2025-minutes.json").Record;
        minutes.BodyIds.Should().Equal("cfm", "cdm", "cssc");
        minutes.Number.Should().BeNull("the CFM, CDM and CSSC do not number their joint meetings");
        minutes.Items.Select(i => i.Subject).Should().Contain(s => s.Contains(decision.Title, StringComparison.Ordinal));
        minutes.Items.Should().AllSatisfy(item =>
        {
            item.Decisions.Should().ContainSingle().Which.Should().StartWith("Одобрить проект ").And.Contain(" и внести его на рассмотрение ",
                "the Council's minutes approve a draft and submit it, they do not «sign a decision „On the draft …“»");
            item.EnglishSubject.Should().StartWith("On the draft ");
            item.EnglishDecisions.Should().ContainSingle().Which.Should().StartWith("To approve the draft ");
        });
        minutes.Items.Select(i => i.EnglishSubject).Should().Contain(s => s!.Contains(decision.EnglishTitle!, StringComparison.Ordinal),
            "the English of an item names the decision by the decision sample's English title");

        var exercise = ((InformationMessage)Read("exercise-interaction-2025.json").Record).Event;
        exercise.Type.Should().Be(EventType.Exercise);
        exercise.ActivityId.Should().Be("interaction");
        exercise.Dates!.Length.Should().Be(7);
        exercise.Participants.Cast<StateDelegation>().Select(s => s.StateId).Should().Equal("BY", "KZ", "KG", "RU", "TJ");
    }

    private static CstoDataFile Read(string fileName) =>
        CstoJson.Read(File.ReadAllText(Path.Combine(RepositoryFiles.SampleData, fileName)), fileName);
}
