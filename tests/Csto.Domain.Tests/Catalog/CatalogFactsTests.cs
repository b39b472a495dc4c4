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
    public void Armenia_is_still_a_member_with_participation_frozen_on_3_December_2025()
    {
        Catalog.StatusOf("AM", new LocalDate(2025, 12, 3)).Should().Be(MembershipStatusKind.ParticipationFrozen);
        Catalog.StatusOf("AM", new LocalDate(2024, 2, 22)).Should().Be(MembershipStatusKind.Member);
        Catalog.StatusOf("AM", new LocalDate(2024, 2, 23)).Should().Be(MembershipStatusKind.ParticipationFrozen);
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
        Catalog.GetState("BY").IsMemberOn(new LocalDate(1993, 6, 1)).Should().BeFalse("Belarus's 1993 accession is known to the year only");
        Catalog.GetState("BY").IsMemberOn(new LocalDate(1994, 1, 1)).Should().BeTrue();
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
    public void The_2026_session_in_Moscow_is_announced_only()
    {
        var chair = Catalog.ChairOf(2026);
        chair.StateId.Should().Be("RU");
        chair.Announced.Should().BeTrue();
        chair.SessionDate.Should().Be(new LocalDate(2026, 11, 11));
        Catalog.ChairOf(2022).City.Name[GrammaticalCase.Prepositional].Should().Be("Ереване");
        Catalog.ChairOf(2023).City.Name[GrammaticalCase.Prepositional].Should().Be("Минске");
    }

    [Fact]
    public void An_unknown_year_lists_the_years_the_catalog_knows()
    {
        var act = () => Catalog.ChairOf(2019);
        act.Should().Throw<KeyNotFoundException>().WithMessage("*2019*2022, 2023, 2024, 2025, 2026*");
        Catalog.TryGetChair(2019, out _).Should().BeFalse();
    }

    [Fact]
    public void The_Secretary_General_changes_on_1_January_2026()
    {
        Catalog.SecretaryGeneralOn(new LocalDate(2025, 11, 27))!.Name.Surname.Should().Be("Тасмагамбетов");
        Catalog.SecretaryGeneralOn(new LocalDate(2025, 12, 31))!.Id.Should().Be("tasmagambetov");
        Catalog.SecretaryGeneralOn(new LocalDate(2026, 1, 1))!.Id.Should().Be("masadykov");
        Catalog.SecretaryGeneralOn(new LocalDate(2026, 1, 15))!.Name.Surname.Should().Be("Масадыков");
    }

    [Fact]
    public void Acting_terms_are_flagged_and_partial_boundaries_are_not_guessed()
    {
        var term = Catalog.TermOn(CstoCatalog.SecretaryGeneralPostId, new LocalDate(2017, 3, 1))!;
        term.PersonId.Should().Be("semerikov");
        term.Acting.Should().BeTrue();
        Catalog.SecretaryGeneralOn(new LocalDate(2018, 11, 15)).Should().BeNull("the sources give only the month of the change");
        Catalog.SecretaryGeneralOn(new LocalDate(2018, 6, 1))!.Id.Should().Be("khachaturov");
    }

    [Fact]
    public void Bodies_carry_their_parents_dates_and_the_unverified_flag()
    {
        Catalog.Bodies.Select(b => b.Id).Should().Equal(
            "csc", "cfm", "cdm", "cssc", "permanent-council", "secretariat", "joint-staff",
            "parliamentary-assembly", "wg-afghanistan", "military-committee");
        var wg = Catalog.GetBody("wg-afghanistan");
        wg.ParentId.Should().Be("cfm");
        wg.Established.Should().Be(new PartialDate(2005, 6, 23));
        Catalog.GetBody("military-committee").ParentId.Should().Be("cdm");
        Catalog.GetBody("parliamentary-assembly").CharterStatusUnverified.Should().BeTrue();
        Catalog.GetBody("csc").CharterStatusUnverified.Should().BeFalse();
        Catalog.GetBody("csc").ChairingRule!.English.Should().Contain("Charter art. 13");
    }

    [Fact]
    public void Partners_have_the_ids_and_abbreviations_of_the_domain_facts()
    {
        Catalog.Partners.Select(p => p.Id).Should().Equal("unoct", "unrcca", "cis-atc", "sco-rats", "cis-border-service", "icrc", "cis-cdm");
        Catalog.GetPartner("cis-border-service").Name.RussianAbbreviation.Should().Be("КС СКПВ СНГ");
        Catalog.GetPartner("unrcca").Seat.Should().Be("Ashgabat");
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
    public void Unknown_ids_throw_with_the_known_ids_and_TryGet_returns_false()
    {
        var act = () => Catalog.GetBody("csc-typo");
        act.Should().Throw<KeyNotFoundException>()
            .WithMessage("Unknown body id \"csc-typo\"; the catalog knows: csc, cfm, cdm, cssc, permanent-council, secretariat, joint-staff, *");
        Catalog.TryGetState("XX", out var state).Should().BeFalse();
        state.Should().BeNull();
        var status = () => Catalog.StatusOf("MD", new LocalDate(2025, 1, 1));
        status.Should().Throw<KeyNotFoundException>().WithMessage("*\"MD\"*AZ, AM, BY, GE, KZ, KG, RU, TJ, UZ*");
    }

    [Fact]
    public async Task The_default_catalog_is_loaded_once()
    {
        var catalogs = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Task.Run(() => CstoCatalog.Default)));
        catalogs.Distinct().Should().ContainSingle().Which.Should().BeSameAs(CstoCatalog.Default);
    }
}
