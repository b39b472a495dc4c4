using System.Text.Json.Nodes;
using Csto.Domain.Catalog;
using Csto.Domain.Documents;
using Csto.Domain.Events;
using Csto.Domain.Naming;
using Csto.Domain.Serialization;
using Csto.Domain.Tests.Samples;
using NodaTime;

namespace Csto.Domain.Tests.Validation;

/// <summary>
/// A person named in a post or as a state's signatory is checked against the catalog on the document's date: one
/// rule (<c>CatalogChecks.Holder</c>) for the Secretary General's report and for an event's officials.
/// </summary>
public sealed class OfficeOnTheDateTests
{
    private static readonly CstoCatalog Catalog = CstoCatalog.Default;

    [Fact]
    public void An_official_whose_term_on_the_date_is_acting_is_named_as_acting()
    {
        var semerikov = new OfficialParticipant(personId: "semerikov", postId: "secretary-general");
        var acting = semerikov.Resolve(Catalog, new LocalDate(2019, 5, 15));
        acting.Acting.Should().BeTrue("the catalog's term of 2 Nov 2018 – 31 Dec 2019 is acting");
        acting.Describe(GrammaticalCase.Nominative).Should().Be("исполняющий обязанности Генерального секретаря ОДКБ Валерий Семериков");
        acting.Describe(GrammaticalCase.Genitive).Should().Be("исполняющего обязанности Генерального секретаря ОДКБ Валерия Семерикова");
        acting.Describe(GrammaticalCase.Instrumental).Should().Be("исполняющим обязанности Генерального секретаря ОДКБ Валерием Семериковым");
        acting.Office.English.Should().Be("Acting CSTO Secretary General");
        semerikov.Resolve(Catalog).Acting.Should().BeFalse("without a date no term is known");

        var holder = new OfficialParticipant(personId: "masadykov", postId: "secretary-general").Resolve(Catalog, new LocalDate(2026, 1, 15));
        holder.Acting.Should().BeFalse();
        holder.Describe(GrammaticalCase.Nominative).Should().Be("Генеральный секретарь ОДКБ " + Catalog.GetPerson("masadykov").Name.Full.Nominative);
        holder.Office.Should().Be(Catalog.GetPost("secretary-general").Name);
    }

    [Fact]
    public void Bordyuzha_as_Secretary_General_at_the_2025_press_conference_is_an_error_at_the_persons_path()
    {
        // The sample's press conference is undated (its sources give no day); the reviewer dated it 3 Dec 2025.
        var file = Sample("bishkek-press-conference-2025.json", json =>
        {
            json["record"]!["event"]!["date"] = "2025-12-03";
            json["record"]!["event"]!["participants"]![0]!["personId"] = "bordyuzha";
        });

        file.Record.Validate(Catalog).Select(p => p.ToString()).Should().Equal(
            "event.participants[0].personId: Nikolai Bordyuzha was not CSTO Secretary General on 3 Dec 2025, the date of the event: Imangali Tasmagambetov was (1 Jan 2023 – 31 Dec 2025).");
    }

    [Fact]
    public void The_sample_officials_held_their_posts_and_the_terms_edges_and_acting_holders_count()
    {
        Sample("bishkek-press-conference-2025.json", json => json["record"]!["event"]!["date"] = "2025-11-27").Record.Validate(Catalog).Should().BeEmpty();
        Sample("seminar-2024-02-14.json", _ => { }).Record.Validate(Catalog).Should().BeEmpty("the catalog records no holders of the head of department's post");

        Problems("tasmagambetov", new LocalDate(2025, 12, 31)).Should().BeEmpty();
        Problems("tasmagambetov", new LocalDate(2026, 1, 1)).Should().Equal(
            "participants[0].personId: Imangali Tasmagambetov was not CSTO Secretary General on 1 Jan 2026, the date of the event: Taalatbek Masadykov was (1 Jan 2026 – 31 Dec 2028).");
        Problems("semerikov", new LocalDate(2019, 6, 1)).Should().BeEmpty("he was acting Secretary General then");
        Problems("zas", new LocalDate(2019, 6, 1)).Should().Equal(
            "participants[0].personId: Stanislav Zas was not CSTO Secretary General on 1 Jun 2019, the date of the event: Valery Semerikov was acting (2 Nov 2018 – 31 Dec 2019).");
        // Khachaturov's release is recorded to the month (November 2018); the acting Secretary General from 2 November settles the rest of it.
        Problems("khachaturov", new LocalDate(2018, 11, 1)).Should().BeEmpty();
        Problems("khachaturov", new LocalDate(2018, 11, 15)).Should().Equal(
            "participants[0].personId: Yuri Khachaturov was not CSTO Secretary General on 15 Nov 2018, the date of the event: Valery Semerikov was acting (2 Nov 2018 – 31 Dec 2019).");
        Problems("nobody", new LocalDate(2025, 1, 1)).Should().ContainSingle().Which.Should().StartWith("participants[0].personId: Unknown person id \"nobody\"");
    }

    [Fact]
    public void A_post_whose_holders_the_catalog_records_names_its_holder_by_id_and_a_states_official_is_of_that_state()
    {
        var inline = new Event(EventType.PressConference, date: new LocalDate(2025, 12, 3), participants:
            [new OfficialParticipant(person: Catalog.GetPerson("bordyuzha"), postId: "secretary-general")]);
        inline.Validate(Catalog).Select(p => p.ToString()).Should().Equal(
            "participants[0].person: The catalog records who held the post of CSTO Secretary General: name the person by \"personId\" so that their term can be checked.");

        var representative = new Event(EventType.Session, date: new LocalDate(2026, 1, 13), bodyIds: ["permanent-council"], participants:
            [new OfficialParticipant(personId: "masadykov", postId: "permanent-representative", stateId: "RU")]);
        representative.Validate(Catalog).Select(p => p.ToString()).Should().Equal(
            "participants[0].personId: Taalatbek Masadykov is of Kyrgyzstan in the catalog; the official is for Russia.");
    }

    [Fact]
    public void Zas_signing_the_2025_declaration_for_Kyrgyzstan_is_an_error_at_the_signatorys_path()
    {
        var file = Sample("csc-declaration-2025.json", json => json["record"]!["signatories"] = new JsonArray(
            Signatory("Президент Республики Беларусь", "BY"),
            Signatory("Президент Кыргызской Республики", "KG", "zas")));

        file.Record.Validate(Catalog).Select(p => p.ToString()).Should().Equal(
            "signatories[1].personId: Stanislav Zas is of Belarus in the catalog; the signatory is for Kyrgyzstan.");
        var own = new Declaration("Декларация", "csc", new LocalDate(2025, 11, 27),
            signatories: [new Signatory("KZ", new Name(RussianName.Indeclinable("Генеральный секретарь ОДКБ"), "CSTO Secretary General"), "tasmagambetov")]);
        own.Validate(Catalog).Should().BeEmpty();
    }

    [Theory]
    [InlineData("Генеральный секретарь ОДКБ", "President")]
    [InlineData("генеральный  секретарь", "President")]
    [InlineData("Генеральный секретарь Организации Договора о коллективной безопасности", "President")]
    [InlineData("Президент", "Secretary General of the CSTO")]
    [InlineData("Президент", "csto secretary general")]
    [InlineData("исполняющий обязанности Генерального секретаря ОДКБ", "President")]
    public void A_written_out_office_that_names_a_catalog_post_is_checked_against_its_holder_on_the_documents_date(string russian, string english)
    {
        var file = Sample("csc-declaration-2025.json", json => json["record"]!["signatories"] = new JsonArray(
            Signatory("Президент Республики Беларусь", "BY"),
            Signatory(russian, "BY", "zas", english)));

        file.Record.Validate(Catalog).Select(p => p.ToString()).Should().Equal(
            "signatories[1].office: Stanislav Zas was not CSTO Secretary General on 27 Nov 2025, the date of the document: Imangali Tasmagambetov was (1 Jan 2023 – 31 Dec 2025).");
    }

    [Fact]
    public void A_signatory_by_post_id_takes_its_office_from_the_catalog_and_is_checked_at_the_post_id()
    {
        var zas = new Declaration("Декларация", "csc", new LocalDate(2025, 11, 27),
            signatories: [new Signatory("BY", personId: "zas", postId: "secretary-general"), new Signatory("KZ", personId: "tasmagambetov", postId: "secretary-generl")]);
        var problems = zas.Validate(Catalog).Select(p => p.ToString()).ToList();
        problems.Should().HaveCount(2);
        problems[0].Should().Be("signatories[0].postId: Stanislav Zas was not CSTO Secretary General on 27 Nov 2025, the date of the document: Imangali Tasmagambetov was (1 Jan 2023 – 31 Dec 2025).");
        problems[1].Should().StartWith("signatories[1].postId: Unknown post id \"secretary-generl\"; did you mean \"secretary-general\"?");

        var held = new Signatory("KZ", personId: "tasmagambetov", postId: "secretary-general");
        new Declaration("Декларация", "csc", new LocalDate(2025, 11, 27), signatories: [held]).Validate(Catalog).Should().BeEmpty();
        held.OfficeOn(Catalog, new LocalDate(2025, 11, 27)).Should().Be(Catalog.GetPost("secretary-general").Name);

        var acting = new Signatory("RU", personId: "semerikov", postId: "secretary-general").OfficeOn(Catalog, new LocalDate(2019, 11, 28));
        acting.Russian.Nominative.Should().Be("исполняющий обязанности Генерального секретаря ОДКБ");
        acting.Russian.Dative.Should().Be("исполняющему обязанности Генерального секретаря ОДКБ");
        acting.English.Should().Be("Acting CSTO Secretary General");
        new Signatory("RU", personId: "semerikov", postId: "secretary-general").OfficeOn(Catalog, null).Should().Be(Catalog.GetPost("secretary-general").Name, "undated: the post as such");

        var deputy = new Declaration("Декларация", "csc", new LocalDate(2025, 11, 27),
            signatories: [new Signatory("BY", Catalog.GetPost("deputy-secretary-general").Name, "zas")]);
        deputy.Validate(Catalog).Should().BeEmpty("the deputy's post is not the Secretary General's, and the catalog records no deputies' terms");
    }

    [Fact]
    public void A_signatory_gives_exactly_one_of_office_and_post_id_and_a_post_id_round_trips()
    {
        var neither = () => new Signatory("KZ", personId: "tasmagambetov");
        neither.Should().Throw<ArgumentException>().WithParameterName("office");
        var both = () => new Signatory("KZ", Catalog.GetPost("secretary-general").Name, postId: "secretary-general");
        both.Should().Throw<ArgumentException>().WithParameterName("office");

        var record = new Minutes(["cfm"], new LocalDate(2025, 11, 27), items: [new MinutesItem("О повестке", ["Одобрить."])],
            signatories: [new Signatory("KZ", personId: "tasmagambetov", postId: "secretary-general")]);
        var json = CstoJson.Write(new CstoDataFile(record));
        json.Should().Contain("\"postId\": \"secretary-general\"").And.NotContain("\"office\"");
        CstoJson.Read(json, "minutes.json").Record.Should().BeEquivalentTo(record, options => options.RespectingRuntimeTypes());

        var read = () => Sample("csc-declaration-2025.json", json =>
        {
            var signatory = Signatory("Генеральный секретарь ОДКБ", "KZ", "tasmagambetov");
            signatory["postId"] = "secretary-general";
            json["record"]!["signatories"] = new JsonArray(signatory);
        });
        var error = read.Should().Throw<CstoDataException>().Which;
        error.Problems.Should().ContainSingle().Which.Path.Should().Be("$.record.signatories[0]");
        error.Problems[0].Detail.Should().Be("A signatory needs exactly one of \"office\" (the office written out in every case) and \"postId\" (a catalog post, such as \"secretary-general\"); it has both: remove one.");
    }

    [Fact]
    public void Every_signatory_without_exactly_one_of_office_and_post_id_is_reported_at_once_where_it_is_written()
    {
        var read = () => Sample("csc-declaration-2025.json", json => json["record"]!["signatories"] = new JsonArray(
            new JsonObject { ["stateId"] = "KZ", ["personId"] = "tasmagambetov" },
            Signatory("Президент Республики Беларусь", "BY"),
            new JsonObject { ["stateId"] = "RU", ["office"] = null },
            WithPost(Signatory("Генеральный секретарь ОДКБ", "KZ", "tasmagambetov"))));
        var error = read.Should().Throw<CstoDataException>().Which;

        error.Problems.Select(p => p.Path).Should().Equal("$.record.signatories[0]", "$.record.signatories[2]", "$.record.signatories[3]");
        error.Problems.Select(p => p.Detail[p.Detail.IndexOf(';', StringComparison.Ordinal)..]).Should().Equal("; it has neither.", "; it has neither.", "; it has both: remove one.");
        error.Problems.Select(p => p.BytePositionInLine).Should().OnlyHaveUniqueItems("each signatory is reported where it is written").And.NotContain(c => c == null);

        static JsonObject WithPost(JsonObject signatory)
        {
            signatory["postId"] = "secretary-general";
            return signatory;
        }
    }

    [Fact]
    public void A_written_office_must_say_acting_exactly_when_the_holders_term_on_the_date_is_acting()
    {
        var general = Catalog.GetPost("secretary-general").Name;
        var acting = new Name(RussianName.Indeclinable("исполняющий обязанности Генерального секретаря ОДКБ"), "Acting CSTO Secretary General");
        IEnumerable<string> Checked(Name office, string personId, LocalDate date) =>
            new Declaration("Декларация", "csc", date, signatories: [new Signatory("RU", office, personId)]).Validate(Catalog)
                .Where(p => p.Path!.StartsWith("signatories", StringComparison.Ordinal) && !p.Path.EndsWith("personId", StringComparison.Ordinal)).Select(p => p.ToString());

        Checked(general, "semerikov", new LocalDate(2019, 11, 28)).Should().Equal(
            "signatories[0].office: Valery Semerikov was acting CSTO Secretary General on 28 Nov 2019, the date of the document (2 Nov 2018 – 31 Dec 2019): write the office «исполняющий обязанности Генерального секретаря ОДКБ» (\"Acting CSTO Secretary General\"), or give postId \"secretary-general\" instead of the office.");
        Checked(acting, "semerikov", new LocalDate(2019, 11, 28)).Should().BeEmpty();
        Checked(acting, "tasmagambetov", new LocalDate(2025, 11, 27)).Should().Equal(
            "signatories[0].office: Imangali Tasmagambetov was CSTO Secretary General, not acting, on 27 Nov 2025, the date of the document (1 Jan 2023 – 31 Dec 2025): write the office «Генеральный секретарь ОДКБ» (\"CSTO Secretary General\"), or give postId \"secretary-general\" instead of the office.");
        Checked(general, "tasmagambetov", new LocalDate(2025, 11, 27)).Should().BeEmpty();
    }

    [Fact]
    public void The_english_office_is_checked_for_acting_on_its_own_as_the_russian_one_is()
    {
        // Issue 12 review: a right Russian office passed with an English one that said the opposite.
        IEnumerable<string> Checked(string russian, string english, string personId, LocalDate date) =>
            new Declaration("Декларация", "csc", date, signatories: [new Signatory("RU", new Name(RussianName.Indeclinable(russian), english), personId)]).Validate(Catalog)
                .Where(p => p.Path == "signatories[0].office").Select(p => p.Message);

        Checked("Исполняющий обязанности Генерального секретаря ОДКБ", "CSTO Secretary General", "semerikov", new LocalDate(2019, 5, 15)).Should().Equal(
            "The English office \"CSTO Secretary General\" is wrong: Valery Semerikov was acting CSTO Secretary General on 15 May 2019, the date of the document (2 Nov 2018 – 31 Dec 2019): write the office «исполняющий обязанности Генерального секретаря ОДКБ» (\"Acting CSTO Secretary General\"), or give postId \"secretary-general\" instead of the office.");
        Checked("Генеральный секретарь ОДКБ", "Acting CSTO Secretary General", "tasmagambetov", new LocalDate(2025, 11, 27)).Should().Equal(
            "The English office \"Acting CSTO Secretary General\" is wrong: Imangali Tasmagambetov was CSTO Secretary General, not acting, on 27 Nov 2025, the date of the document (1 Jan 2023 – 31 Dec 2025): write the office «Генеральный секретарь ОДКБ» (\"CSTO Secretary General\"), or give postId \"secretary-general\" instead of the office.");
        Checked("Генеральный секретарь ОДКБ", "Secretary General of the CSTO", "tasmagambetov", new LocalDate(2025, 11, 27)).Should().BeEmpty();
        Checked("x", "Acting CSTO Secretary General", "semerikov", new LocalDate(2019, 5, 15)).Should().BeEmpty("only the English names the post, and rightly");
    }

    [Theory]
    [InlineData("Генеральный секретарь Организации Договора о коллективной безопасности (ОДКБ)", "Secretary General", false)]
    [InlineData("Генеральный секретарь Организации", "Secretary General", false)]
    [InlineData("Генеральный секретарь ОДКБ.", "Secretary General.", false)]
    [InlineData("x", "CSTO Secretary-General", false)]
    [InlineData("x", "The Secretary General of the CSTO", false)]
    [InlineData("Исполняющий обязанности Генерального секретаря Организации Договора о коллективной безопасности", "x", true)]
    [InlineData("x", "Acting Secretary-General of the CSTO.", true)]
    [InlineData("И. о. Генерального секретаря ОДКБ", "x", true)]
    [InlineData("И.о. Генерального секретаря ОДКБ", "x", true)]
    [InlineData("Врио Генерального секретаря ОДКБ", "x", true)]
    [InlineData("Временно исполняющий обязанности Генерального секретаря ОДКБ", "x", true)]
    [InlineData("x", "Interim CSTO Secretary General", true)]
    public void A_written_office_is_matched_to_its_catalog_post_in_the_usual_variants(string russian, string english, bool acting)
    {
        // Matched: Zas (Secretary General 2020–2022) signing in 2025 is checked against the post's holder then.
        IEnumerable<string> Checked(string russianOffice, string englishOffice, string personId) =>
            new Declaration("Декларация", "csc", new LocalDate(2025, 11, 27), signatories: [new Signatory("BY", new Name(RussianName.Indeclinable(russianOffice), englishOffice), personId)])
                .Validate(Catalog).Where(p => p.Path == "signatories[0].office").Select(p => p.Message);

        Checked(russian, english, "zas").Should().ContainSingle().Which.Should().StartWith("Stanislav Zas was not CSTO Secretary General on 27 Nov 2025");
        Checked(russian, english, "tasmagambetov").Select(m => m.Contains("not acting", StringComparison.Ordinal))
            .Should().Equal(acting ? [true] : [], "Tasmagambetov held the post, not as acting");
        Checked("Генеральный секретарь ООН", "UN Secretary-General", "zas").Should().BeEmpty("not a catalog post");
    }

    private static IEnumerable<string> Problems(string personId, LocalDate date) =>
        new Event(EventType.PressConference, date: date, participants: [new OfficialParticipant(personId: personId, postId: "secretary-general")])
            .Validate(Catalog).Select(p => p.ToString());

    private static JsonObject Signatory(string office, string stateId, string? personId = null, string english = "President")
    {
        var signatory = new JsonObject
        {
            ["office"] = new JsonObject
            {
                ["russian"] = new JsonObject { ["nominative"] = office, ["genitive"] = office, ["dative"] = office, ["accusative"] = office, ["instrumental"] = office, ["prepositional"] = office },
                ["english"] = english,
            },
            ["stateId"] = stateId,
        };
        if (personId is not null)
        {
            signatory["personId"] = personId;
        }
        return signatory;
    }

    private static CstoDataFile Sample(string name, Action<JsonNode> change)
    {
        var json = JsonNode.Parse(File.ReadAllText(Path.Combine(RepositoryFiles.SampleData, name)))!;
        change(json);
        return CstoJson.Read(json.ToJsonString(), name);
    }
}
