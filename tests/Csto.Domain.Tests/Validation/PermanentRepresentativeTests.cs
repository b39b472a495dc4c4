using Csto.Domain.Catalog;
using Csto.Domain.Documents;
using Csto.Domain.Events;
using Csto.Domain.Naming;
using NodaTime;

namespace Csto.Domain.Tests.Validation;

/// <summary>
/// A post that belongs to a state (a permanent representative) names the state in the right case, from the catalog's
/// full names, wherever the office is printed; a written-out office naming the post is checked for the state.
/// </summary>
public sealed class PermanentRepresentativeTests
{
    private static readonly CstoCatalog Catalog = CstoCatalog.Default;
    private static readonly LocalDate Day = new(2025, 11, 27);

    [Fact]
    public void The_post_of_a_state_names_the_states_full_name_in_the_genitive_in_every_case_and_in_English()
    {
        var post = Catalog.GetPost("permanent-representative");
        post.IsOfState.Should().BeTrue();
        Catalog.GetPost("secretary-general").IsOfState.Should().BeFalse();

        var armenia = post.NameOf(Catalog.GetState("AM"));
        armenia.Russian.Nominative.Should().Be("постоянный и полномочный представитель Республики Армения при ОДКБ");
        armenia.Russian.Genitive.Should().Be("постоянного и полномочного представителя Республики Армения при ОДКБ");
        armenia.Russian.Dative.Should().Be("постоянному и полномочному представителю Республики Армения при ОДКБ");
        armenia.Russian.Accusative.Should().Be("постоянного и полномочного представителя Республики Армения при ОДКБ");
        armenia.Russian.Instrumental.Should().Be("постоянным и полномочным представителем Республики Армения при ОДКБ");
        armenia.Russian.Prepositional.Should().Be("постоянном и полномочном представителе Республики Армения при ОДКБ");
        armenia.English.Should().Be("Permanent and Plenipotentiary Representative of the Republic of Armenia to the CSTO");

        post.NameOf(Catalog.GetState("RU")).Russian.Nominative.Should().Be("постоянный и полномочный представитель Российской Федерации при ОДКБ",
            "the CSTO's own wording (RIA Novosti, 13 Jan 2026)");
        post.NameOf(Catalog.GetState("KG")).English.Should().Be("Permanent and Plenipotentiary Representative of the Kyrgyz Republic to the CSTO");
        post.NameOf(Catalog.GetState("GE")).English.Should().Be("Permanent and Plenipotentiary Representative of Georgia to the CSTO", "a full name that is the short one takes no article");
        Catalog.GetPost("secretary-general").NameOf(Catalog.GetState("AM")).Should().Be(Catalog.GetPost("secretary-general").Name, "a post of the Organization names no state");
    }

    [Fact]
    public void A_post_of_a_state_must_say_where_the_state_goes_in_every_form()
    {
        var name = new Name(RussianName.Indeclinable("представитель при ОДКБ"), "Representative to the CSTO");
        var missing = () => new People.Post("rep", name, stateBefore: new BilingualText("при ОДКБ"));
        missing.Should().Throw<ArgumentException>().WithParameterName("stateBefore").WithMessage("*English words*");
        var wrong = () => new People.Post("rep", name, stateBefore: new BilingualText("в ОДКБ", "to the CSTO"));
        wrong.Should().Throw<ArgumentException>().WithParameterName("stateBefore").WithMessage("*«представитель при ОДКБ» does not*");
        new People.Post("rep", name, stateBefore: new BilingualText("при ОДКБ", "to the CSTO")).NameOf(Catalog.GetState("BY")).English
            .Should().Be("Representative of the Republic of Belarus to the CSTO");
    }

    [Fact]
    public void A_signatory_or_official_by_post_id_is_named_with_their_own_state()
    {
        var signatory = new Signatory("AM", postId: "permanent-representative");
        signatory.OfficeOn(Catalog, Day).Russian.Nominative.Should().Be("постоянный и полномочный представитель Республики Армения при ОДКБ");
        signatory.OfficeOn(Catalog, null).English.Should().Be("Permanent and Plenipotentiary Representative of the Republic of Armenia to the CSTO");
        new Declaration("Декларация", "csc", Day, signatories: [signatory]).Validate(Catalog).Should().BeEmpty();

        var official = new OfficialParticipant(personId: "shuvalov", postId: "permanent-representative", stateId: "BY").Resolve(Catalog, Day);
        official.Describe(GrammaticalCase.Instrumental).Should().Be("постоянным и полномочным представителем Республики Беларусь при ОДКБ Юрием Шуваловым");

        var stateless = new Event(EventType.Session, date: new LocalDate(2026, 1, 13), bodyIds: ["permanent-council"],
            participants: [new OfficialParticipant(personId: "shuvalov", postId: "permanent-representative")]);
        stateless.Validate(Catalog).Select(p => p.ToString()).Should().Equal(
            "participants[0].postId: The post of Permanent and Plenipotentiary Representative to the CSTO belongs to a state, whose name it holds: give the official's \"stateId\" (\"AM\").");
    }

    [Theory]
    [InlineData("Постоянный и полномочный представитель Республики Армения при ОДКБ", "Permanent Representative of the Republic of Armenia to the CSTO", null)]
    [InlineData("Постоянный представитель Республики Армения при ОДКБ", "x", null)]
    [InlineData("x", "Permanent and Plenipotentiary Representative of the Republic of Armenia to the CSTO", null)]
    [InlineData("Постоянный и полномочный представитель при ОДКБ", "Permanent Representative to the CSTO",
        "signatories[0].office: The office of Permanent and Plenipotentiary Representative to the CSTO names no state: write «постоянный и полномочный представитель Республики Армения при ОДКБ» (\"Permanent and Plenipotentiary Representative of the Republic of Armenia to the CSTO\"), or give postId \"permanent-representative\" instead of the office.")]
    [InlineData("Постоянный представитель Российской Федерации при Организации Договора о коллективной безопасности", "x",
        "signatories[0].office: The office of Permanent and Plenipotentiary Representative to the CSTO names Russia, the signatory is for Armenia: write «постоянный и полномочный представитель Республики Армения при ОДКБ» (\"Permanent and Plenipotentiary Representative of the Republic of Armenia to the CSTO\"), or give postId \"permanent-representative\" instead of the office.")]
    [InlineData("Постоянный и полномочный представитель Республики Армения при ОДКБ", "Permanent and Plenipotentiary Representative of the Republic of Belarus to the CSTO",
        "signatories[0].office: The office of Permanent and Plenipotentiary Representative to the CSTO names Belarus, the signatory is for Armenia: write «постоянный и полномочный представитель Республики Армения при ОДКБ» (\"Permanent and Plenipotentiary Representative of the Republic of Armenia to the CSTO\"), or give postId \"permanent-representative\" instead of the office.")]
    [InlineData("Постоянный и полномочный представитель Республики Армения при ОДКБ", "Permanent Representative to the CSTO",
        "signatories[0].office: The office of Permanent and Plenipotentiary Representative to the CSTO names no state: write «постоянный и полномочный представитель Республики Армения при ОДКБ» (\"Permanent and Plenipotentiary Representative of the Republic of Armenia to the CSTO\"), or give postId \"permanent-representative\" instead of the office.")]
    public void A_written_out_office_of_a_state_post_must_name_the_signatorys_state(string russian, string english, string? problem)
    {
        var declaration = new Declaration("Декларация", "csc", Day,
            signatories: [new Signatory("AM", new Name(RussianName.Indeclinable(russian), english))]);
        declaration.Validate(Catalog).Select(p => p.ToString()).Should().Equal(problem is null ? [] : [problem]);
    }
}
