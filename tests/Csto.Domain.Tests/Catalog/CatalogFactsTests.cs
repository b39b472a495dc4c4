using Csto.Domain.Catalog;
using Csto.Domain.Naming;
using Csto.Domain.States;
using NodaTime;

namespace Csto.Domain.Tests.Catalog;

public sealed class CatalogFactsTests
{
    private static readonly CstoCatalog Catalog = CstoCatalog.Default;

    [Fact]
    public void Members_on_3_December_2025_are_the_six_current_members_in_catalog_order()
    {
        Catalog.MembersOn(new LocalDate(2025, 12, 3)).Select(s => s.Id)
            .Should().Equal("AM", "BY", "KZ", "KG", "RU", "TJ");
    }

    [Fact]
    public void Armenia_is_still_a_member_with_participation_frozen_from_22_February_2024()
    {
        Catalog.StatusOf("AM", new LocalDate(2025, 12, 3)).Should().Be(MembershipStatusKind.ParticipationFrozen);
        Catalog.StatusOf("AM", new LocalDate(2024, 2, 21)).Should().Be(MembershipStatusKind.Member);
        Catalog.StatusOf("AM", new LocalDate(2024, 2, 22)).Should().Be(MembershipStatusKind.ParticipationFrozen);
        Catalog.MembersOn(new LocalDate(2024, 2, 22)).Select(s => s.Id).Should().Contain("AM", "a frozen participation is not a withdrawal");
        var frozen = Catalog.GetState("AM").History[^1];
        frozen.Start.Should().Be(new PartialDate(2024, 2, 22));
        frozen.Note.Should().Contain("8 May 2024").And.Contain("financing").And.Contain("still a member");
        frozen.Source.Should().Contain("France 24").And.Contain("22 February 2024");
    }

    [Theory]
    [InlineData("AZ", 1993, 9, 24)]
    [InlineData("GE", 1993, 12, 9)]
    [InlineData("BY", 1993, 12, 31)]
    public void The_1993_accessions_carry_their_exact_dates(string stateId, int year, int month, int day)
    {
        var date = new LocalDate(year, month, day);
        var joined = Catalog.GetState(stateId).History[0];
        joined.Start.Should().Be(new PartialDate(year, month, day));
        joined.Source.Should().Contain("United Nations Treaty Series, registration no. 32307").And.Contain("Gibler");
        Catalog.StatusOf(stateId, date).Should().Be(MembershipStatusKind.Member);
        Catalog.StatusOf(stateId, date.PlusDays(-1)).Should().BeNull();
    }

    [Theory]
    [InlineData(2012, 12, 18, MembershipStatusKind.Member)]
    [InlineData(2012, 12, 19, MembershipStatusKind.Suspended)]
    [InlineData(2006, 8, 15, MembershipStatusKind.Withdrawn)]
    [InlineData(2006, 8, 16, MembershipStatusKind.Member)]
    [InlineData(1999, 4, 19, MembershipStatusKind.Member)]
    [InlineData(1999, 4, 20, MembershipStatusKind.Withdrawn)]
    [InlineData(1992, 5, 15, MembershipStatusKind.Member)]
    public void Uzbekistan_history_edges_are_inclusive_at_the_start(int year, int month, int day, MembershipStatusKind expected)
    {
        Catalog.StatusOf("UZ", new LocalDate(year, month, day)).Should().Be(expected);
    }

    [Fact]
    public void A_state_has_no_status_before_it_became_a_party()
    {
        Catalog.StatusOf("UZ", new LocalDate(1992, 5, 14)).Should().BeNull();
        Catalog.GetState("BY").IsMemberOn(new LocalDate(1993, 12, 30)).Should().BeFalse("Belarus signed on 31 December 1993");
        Catalog.GetState("BY").IsMemberOn(new LocalDate(1993, 12, 31)).Should().BeTrue();
    }

    [Fact]
    public void Azerbaijan_and_Georgia_ceased_to_be_parties_in_1999()
    {
        Catalog.StatusOf("AZ", new LocalDate(1999, 4, 20)).Should().Be(MembershipStatusKind.Withdrawn);
        Catalog.StatusOf("GE", new LocalDate(2025, 12, 3)).Should().Be(MembershipStatusKind.Withdrawn);
        Catalog.MembersOn(new LocalDate(1999, 1, 1)).Select(s => s.Id)
            .Should().Equal("AZ", "AM", "BY", "GE", "KZ", "KG", "RU", "TJ", "UZ");
    }

    [Fact]
    public void The_chair_of_2025_is_Kyrgyzstan_with_the_session_in_Bishkek_on_27_November()
    {
        var chair = Catalog.ChairOf(2025);
        chair.StateId.Should().Be("KG");
        chair.City.Name.English.Should().Be("Bishkek");
        chair.City.Name[GrammaticalCase.Prepositional].Should().Be("Бишкеке");
        chair.SessionDate.Should().Be(new LocalDate(2025, 11, 27));
        chair.Announced.Should().BeFalse();
    }

    [Fact]
    public void The_2026_session_in_Moscow_is_announced_for_11_November_with_the_announcements_cited()
    {
        var chair = Catalog.ChairOf(2026);
        chair.StateId.Should().Be("RU");
        chair.Announced.Should().BeTrue("the sources announce the session; none reports that it was held");
        chair.SessionDate.Should().Be(new LocalDate(2026, 11, 11));
        chair.Source.Should().Contain("1prime.ru, 24 Nov 2025").And.Contain("Gazeta.ru").And.Contain("Qazinform")
            .And.Contain("11 ноября");
        Catalog.ChairOf(2022).City.Name[GrammaticalCase.Prepositional].Should().Be("Ереване");
        Catalog.ChairOf(2023).City.Name[GrammaticalCase.Prepositional].Should().Be("Минске");
    }

    [Theory]
    [InlineData(2023, "BY", 2023, 11, 23, "en.odkb-csto.org")]
    [InlineData(2024, "KZ", 2024, 11, 28, "from 1 January 2024")]
    public void The_2023_and_2024_chairmanships_cite_their_sources(int year, string stateId, int sessionYear, int month, int day, string cited)
    {
        var chair = Catalog.ChairOf(year);
        chair.StateId.Should().Be(stateId);
        chair.SessionDate.Should().Be(new LocalDate(sessionYear, month, day));
        chair.Source.Should().Contain(cited).And.NotContain("not recorded");
    }

    [Fact]
    public void Every_chairmanship_and_session_date_cites_a_source()
    {
        Catalog.GetPost("secretary-general").Source.Should().NotContain("not recorded");
        foreach (var chair in Catalog.Chairmanships)
        {
            chair.Source.Should().NotBeNullOrWhiteSpace($"the chairmanship of {chair.Year} needs a source")
                .And.NotContain("not recorded", $"the chairmanship of {chair.Year} must cite where its facts come from");
            if (chair.SessionDate is { } date)
            {
                var day = date.Day.ToString(System.Globalization.CultureInfo.InvariantCulture);
                chair.Source.Should().Contain(day, $"the session date of {chair.Year} ({date}) must be the one its source gives");
            }
        }
        var assembly = Catalog.GetBody("parliamentary-assembly");
        assembly.Source.Should().Contain("16 Nov 2006").And.Contain("Interfax");
        assembly.CharterStatusUnverified.Should().BeTrue("whether the Charter lists the Assembly among its bodies was not checked");
    }

    [Theory]
    [InlineData(2022, 1, 1, "AM")]
    [InlineData(2022, 1, 6, "AM")]
    [InlineData(2022, 12, 31, "AM")]
    [InlineData(2025, 11, 28, "KG")]
    [InlineData(2025, 12, 31, "KG")]
    [InlineData(2026, 1, 1, "RU")]
    [InlineData(2026, 1, 13, "RU")]
    public void The_chairmanship_runs_by_calendar_year_from_1_January(int year, int month, int day, string stateId)
    {
        Catalog.ChairOn(new LocalDate(year, month, day))!.StateId.Should().Be(stateId);
    }

    [Fact]
    public void The_CSC_chairing_rule_is_by_calendar_year_unless_the_Council_decides_otherwise()
    {
        var rule = Catalog.GetBody("csc").ChairingRule!;
        rule.English.Should().Contain("calendar year from 1 January").And.Contain("unless the Council decides otherwise");
        rule.Russian.Should().Contain("с 1 января").And.Contain("если Совет не примет иного решения");
        rule.English.Should().NotContain("until the next regular session");
        Catalog.GetBody("csc").Source.Should().Contain("6 January 2022").And.Contain("13 Jan 2026");
        Catalog.ChairOn(new LocalDate(2021, 6, 1)).Should().BeNull();
    }

    [Fact]
    public void An_unknown_year_lists_the_years_the_catalog_knows()
    {
        var act = () => Catalog.ChairOf(2019);
        var miss = act.Should().Throw<CatalogEntryNotFoundException>().WithMessage("*2019*2022, 2023, 2024, 2025, 2026*").Which;
        miss.Should().BeAssignableTo<CstoException>();
        (miss.EntryKind, miss.Key).Should().Be(("chairmanship", "2019"));
        miss.KnownKeys.Should().Contain(["2022", "2026"]).And.NotContain("2019");
        Catalog.TryGetChair(2019, out _).Should().BeFalse();
    }

    [Fact]
    public void The_Secretary_General_changes_on_1_January_2026()
    {
        Catalog.SecretaryGeneralOn(new LocalDate(2025, 11, 27))!.Name.Surname.Should().Be("Тасмагамбетов");
        Catalog.SecretaryGeneralOn(new LocalDate(2025, 12, 31))!.Id.Should().Be("tasmagambetov");
        Catalog.SecretaryGeneralOn(new LocalDate(2026, 1, 1))!.Id.Should().Be("masadykov");
        Catalog.SecretaryGeneralOn(new LocalDate(2026, 1, 15))!.Name.Surname.Should().Be("Масадыков");
        Catalog.SecretaryGeneralOn(new LocalDate(2028, 12, 31))!.Id.Should().Be("masadykov", "the CSC appointed him to 31 December 2028 (eccis.org)");
        Catalog.SecretaryGeneralOn(new LocalDate(2029, 1, 1)).Should().BeNull("no successor is recorded");
    }

    [Fact]
    public void Acting_terms_are_flagged_and_partial_boundaries_are_not_guessed()
    {
        var term = Catalog.TermOn(CstoCatalog.SecretaryGeneralPostId, new LocalDate(2017, 3, 1))!;
        term.PersonId.Should().Be("semerikov");
        term.Acting.Should().BeTrue();
        Catalog.SecretaryGeneralOn(new LocalDate(2018, 11, 1))!.Id.Should().Be("khachaturov", "the recall was completed on 2 November 2018");
        Catalog.SecretaryGeneralOn(new LocalDate(2018, 11, 2))!.Id.Should().Be("semerikov", "the CSTO website announced the acting Secretary General on 2 November 2018");
        Catalog.TermOn(CstoCatalog.SecretaryGeneralPostId, new LocalDate(2018, 11, 2))!.Acting.Should().BeTrue();
        Catalog.SecretaryGeneralOn(new LocalDate(2018, 6, 1))!.Id.Should().Be("khachaturov");
    }

    [Theory]
    [InlineData("bordyuzha", "2003-04-28", "2016-12-31", "28 April 2003")]
    [InlineData("khachaturov", "2017-05-02", "2018-11-01", "2 May 2017")]
    [InlineData("zas", "2020-01-01", "2022-12-31", "1 January 2020")]
    [InlineData("tasmagambetov", "2023-01-01", "2025-12-31", "1 January 2023")]
    public void Secretaries_General_have_their_published_dates_and_sources(string personId, string start, string end, string sourced)
    {
        var term = Catalog.Terms.Single(t => t.PersonId == personId);
        term.Start.ToString().Should().Be(start);
        term.End!.Value.ToString().Should().Be(end);
        term.Source.Should().Contain(sourced);
        Catalog.SecretaryGeneralOn(term.Start.Earliest)!.Id.Should().Be(personId);
        Catalog.SecretaryGeneralOn(term.Start.Earliest.PlusDays(-1))?.Id.Should().NotBe(personId);
    }

    [Fact]
    public void Khachaturovs_term_end_is_stated_as_an_inference_from_the_sources_of_2_November_2018()
    {
        // No source gives the day the Council's decision took effect; the catalog's 1 November must say it is inferred, and from what.
        var term = Catalog.Terms.Single(t => t.PersonId == "khachaturov");
        term.End!.Value.ToString().Should().Be("2018-11-01");
        term.Note.Should().Contain("1 November 2018, is an inference, not a published date").And.Contain("2 November belongs to the acting term");
        term.Source.Should().Contain("CSTO website statement of 2 November 2018").And.Contain("Azatutyun").And.Contain("TASS, 2 November 2018")
            .And.Contain("The end date 1 November 2018 is the catalog's inference");
        Catalog.Terms.Single(t => t.PersonId == "semerikov" && t.Start.ToString() == "2018-11-02").Acting.Should().BeTrue();
    }

    [Fact]
    public void No_two_terms_of_one_post_acting_or_not_can_overlap_to_the_precision_they_are_known()
    {
        var clashes = Catalog.Terms.SelectMany((t, i) => Catalog.Terms.Skip(i + 1).Where(u => u.PostId == t.PostId && t.CanOverlap(u))
            .Select(u => $"{t.PersonId} {t.Start}–{t.End} / {u.PersonId} {u.Start}–{u.End}")).ToList();
        clashes.Should().BeEmpty();

        // The comparison at year-month precision: an end known to the month can be any day of it.
        People.Term Term(string start, string? end) => new("secretary-general", "zas", PartialDate.Parse(start), end is null ? null : PartialDate.Parse(end));
        Term("2017-05-02", "2018-11").CanOverlap(Term("2018-11-02", "2019-12-31")).Should().BeTrue("Khachaturov's old end, November 2018, can be after 2 November");
        Term("2017-05-02", "2018-11-01").CanOverlap(Term("2018-11-02", "2019-12-31")).Should().BeFalse();
        Term("2017-05-02", "2018-10").CanOverlap(Term("2018-11-02", "2019-12-31")).Should().BeFalse();
        Term("2017-05-02", "2018-11").CanOverlap(Term("2018-11", "2019")).Should().BeTrue("both fall somewhere in November");
        Term("2017-05-02", "2018-11").CanOverlap(Term("2018-12", "2019")).Should().BeFalse();
        Term("2018-11-02", "2019-12-31").CanOverlap(Term("2017-05-02", "2018-11")).Should().BeTrue("the order of the two does not matter");
        Term("2017", null).CanOverlap(Term("2030-01-01", null)).Should().BeTrue("an open term overlaps every later one");
        Term("2019-01-01", "2019-12-31").CanOverlap(Term("2019-12-31", "2020-12-31")).Should().BeTrue("a shared last and first day is an overlap");
    }

    [Fact]
    public void The_holder_check_and_the_office_filter_agree_on_every_day_of_2017_to_2020()
    {
        // One function (TermOn) answers both: the holder on the day is named by the office (acting or not) and passes
        // the holder check; every other Secretary General fails it.
        var people = Catalog.Terms.Where(t => t.PostId == CstoCatalog.SecretaryGeneralPostId).Select(t => t.PersonId).Distinct().ToList();
        for (var day = new LocalDate(2016, 12, 25); day <= new LocalDate(2020, 1, 5); day = day.PlusDays(1))
        {
            var term = Catalog.TermOn(CstoCatalog.SecretaryGeneralPostId, day);
            foreach (var person in people)
            {
                var problems = new Events.Event(Events.EventType.PressConference, date: day,
                    participants: [new Events.OfficialParticipant(personId: person, postId: CstoCatalog.SecretaryGeneralPostId)]).Validate(Catalog);
                var office = Catalog.OfficeOn(CstoCatalog.SecretaryGeneralPostId, person, day);
                if (term?.PersonId == person)
                {
                    problems.Should().BeEmpty($"{person} held the post on {day}");
                    office.English.Should().Be(term.Acting ? "Acting CSTO Secretary General" : "CSTO Secretary General", $"{person} on {day}");
                }
                else
                {
                    problems.Should().ContainSingle($"{person} did not certainly hold the post on {day}");
                    office.English.Should().Be("CSTO Secretary General", $"{person} was not acting on {day}");
                }
            }
        }
        Catalog.TermOn(CstoCatalog.SecretaryGeneralPostId, new LocalDate(2018, 11, 15))!.PersonId.Should().Be("semerikov");
        Catalog.OfficeOn(CstoCatalog.SecretaryGeneralPostId, "semerikov", new LocalDate(2018, 11, 15)).English.Should().Be("Acting CSTO Secretary General");
    }

    [Fact]
    public void Between_Khachaturov_and_Zas_the_Deputy_Secretary_General_acted()
    {
        Catalog.SecretaryGeneralOn(new LocalDate(2019, 12, 31))!.Id.Should().Be("semerikov");
        Catalog.SecretaryGeneralOn(new LocalDate(2020, 1, 1))!.Id.Should().Be("zas");
        Catalog.SecretaryGeneralOn(new LocalDate(2003, 4, 27)).Should().BeNull("no one held the post before the first appointment");
    }

    [Fact]
    public void Bodies_carry_their_parents_dates_and_the_unverified_flag()
    {
        Catalog.Bodies.Select(b => b.Id).Should().Equal(
            "csc", "cfm", "cdm", "cssc", "permanent-council", "secretariat", "joint-staff",
            "parliamentary-assembly", "wg-afghanistan", "military-committee",
            "coordination-council-drugs", "coordination-council-migration", "coordination-council-emergencies", "crisis-response-centre");
        var wg = Catalog.GetBody("wg-afghanistan");
        wg.ParentId.Should().Be("cfm");
        wg.Established.Should().Be(new PartialDate(2005, 6, 23));
        Catalog.GetBody("military-committee").ParentId.Should().Be("cdm");
        Catalog.GetBody("military-committee").Name[GrammaticalCase.Nominative].Should().Be("Военный комитет при Совете министров обороны ОДКБ");
        Catalog.GetBody("parliamentary-assembly").Name[GrammaticalCase.Genitive].Should().Be("Парламентской Ассамблеи ОДКБ");
        Catalog.GetBody("parliamentary-assembly").CharterStatusUnverified.Should().BeTrue();
        Catalog.GetBody("csc").CharterStatusUnverified.Should().BeFalse();
        Catalog.GetBody("csc").ChairingRule!.English.Should().Contain("Charter art. 13");
    }

    [Fact]
    public void Partners_have_the_ids_and_abbreviations_of_the_domain_facts()
    {
        Catalog.Partners.Select(p => p.Id).Should().Equal("unoct", "unrcca", "cis-atc", "sco-rats", "cis-border-service", "icrc", "cis-executive-committee", "cis-cdm-secretariat");
        Catalog.GetPartner("cis-border-service").Name.RussianAbbreviation.Should().Be("КС СКПВ СНГ");
        Catalog.GetPartner("cis-border-service").Name[GrammaticalCase.Nominative].Should().Be("Координационная служба Совета командующих Пограничными войсками СНГ");
        Catalog.GetPartner("unrcca").Seat.Should().Be("Ashgabat");
    }

    [Fact]
    public void The_Minsk_participants_are_the_CIS_Executive_Committee_and_the_Secretariat_of_the_CIS_Council_of_Defence_Ministers()
    {
        Catalog.GetPartner("cis-executive-committee").Name.English.Should().Be("CIS Executive Committee");
        Catalog.GetPartner("cis-executive-committee").Name[GrammaticalCase.Genitive].Should().Be("Исполнительного комитета СНГ");
        var secretariat = Catalog.GetPartner("cis-cdm-secretariat");
        secretariat.Name.English.Should().Be("Secretariat of the CIS Council of Defence Ministers");
        secretariat.Name[GrammaticalCase.Genitive].Should().StartWith("Секретариата Совета министров обороны");
        secretariat.Name.RussianAbbreviation.Should().BeNull("an abbreviation is printed uninflected, and «Секретариат СМО СНГ» would stand in the nominative after «представителей»");
    }

    [Fact]
    public void English_names_spell_Center_as_the_CSTO_English_site_does()
    {
        var names = Catalog.Partners.Select(p => p.Name.English).Concat(Catalog.Bodies.Select(b => b.Name.English)).ToList();
        names.Should().Contain(n => n.Contains("Center", StringComparison.Ordinal));
        names.Should().NotContain(n => n.Contains("Centre", StringComparison.Ordinal));
        Catalog.GetBody("crisis-response-centre").Source.Should().Contain("en.odkb-csto.org");
    }

    [Fact]
    public void Every_activity_description_names_its_kind_once_so_the_title_can_follow_it()
    {
        foreach (var activity in Catalog.Activities)
        {
            var head = activity.Kind == Csto.Domain.Events.ActivityKind.Exercise ? "exercise" : "operation";
            activity.Description.English.Split(head).Should().HaveCount(2, $"the English description of {activity.Id} («{activity.Description.English}») must hold «{head}» once");
        }
    }

    [Fact]
    public void The_organization_founding_facts()
    {
        var csto = Catalog.Organization;
        csto.Name.RussianAbbreviation.Should().Be("ОДКБ");
        csto.Name[GrammaticalCase.Genitive].Should().Be("Организации Договора о коллективной безопасности");
        csto.TreatySigned.Should().Be(new LocalDate(1992, 5, 15));
        csto.TreatySignedIn.Name.English.Should().Be("Tashkent");
        csto.CharterSigned.Should().Be(new LocalDate(2002, 10, 7));
        csto.CharterSignedIn.Name[GrammaticalCase.Prepositional].Should().Be("Кишинёве");
        csto.CharterInForce.Should().Be(new LocalDate(2003, 9, 18));
        csto.UnGeneralAssemblyObserverSince.Should().Be(new LocalDate(2004, 12, 2));
    }

    [Fact]
    public void The_library_suggests_the_nearest_id_as_the_console_does()
    {
        // Issue 12 review: CstoCatalog.Default.GetState("kz") gave no «did you mean» unlike the console's validation.
        var act = () => Catalog.GetState("kz");
        act.Should().Throw<CatalogEntryNotFoundException>().WithMessage("Unknown state id \"kz\"; did you mean \"KZ\"? The catalog knows: *");
    }

    [Fact]
    public void Unknown_ids_throw_with_the_known_ids_and_TryGet_returns_false()
    {
        var act = () => Catalog.GetBody("csc-typo");
        var miss = act.Should().Throw<CatalogEntryNotFoundException>()
            .WithMessage("Unknown body id \"csc-typo\"; the catalog knows: csc, cfm, cdm, cssc, permanent-council, secretariat, joint-staff, *").Which;
        (miss.EntryKind, miss.Key).Should().Be(("body", "csc-typo"));
        miss.KnownKeys.Should().StartWith(["csc", "cfm", "cdm"]).And.NotContain("csc-typo");
        Catalog.TryGetState("XX", out var state).Should().BeFalse();
        state.Should().BeNull();
        var status = () => Catalog.StatusOf("MD", new LocalDate(2025, 1, 1));
        status.Should().Throw<CatalogEntryNotFoundException>().WithMessage("*\"MD\"*AZ, AM, BY, GE, KZ, KG, RU, TJ, UZ*");
    }

    [Fact]
    public async Task The_default_catalog_is_loaded_once()
    {
        var catalogs = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Task.Run(() => CstoCatalog.Default)));
        catalogs.Distinct().Should().ContainSingle().Which.Should().BeSameAs(CstoCatalog.Default);
    }
}
