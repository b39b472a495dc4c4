using Csto.Domain.Catalog;
using Csto.Domain.Naming;

namespace Csto.Domain.Tests.Naming;

public sealed class CaseFormTests
{
    private static readonly CstoCatalog Catalog = CstoCatalog.Default;

    [Theory]
    [InlineData("AM", GrammaticalCase.Genitive, "Армении", "Республики Армения")]
    [InlineData("AM", GrammaticalCase.Instrumental, "Арменией", "Республикой Армения")]
    [InlineData("BY", GrammaticalCase.Instrumental, "Беларусью", "Республикой Беларусь")]
    [InlineData("KG", GrammaticalCase.Accusative, "Кыргызстан", "Кыргызскую Республику")]
    [InlineData("KG", GrammaticalCase.Prepositional, "Кыргызстане", "Кыргызской Республике")]
    [InlineData("RU", GrammaticalCase.Dative, "России", "Российской Федерации")]
    [InlineData("RU", GrammaticalCase.Accusative, "Россию", "Российскую Федерацию")]
    [InlineData("KZ", GrammaticalCase.Genitive, "Казахстана", "Республики Казахстан")]
    public void State_names_have_written_out_case_forms(string id, GrammaticalCase grammaticalCase, string shortForm, string fullForm)
    {
        var state = Catalog.GetState(id);
        state.ShortName[grammaticalCase].Should().Be(shortForm);
        state.FullName[grammaticalCase].Should().Be(fullForm);
    }

    [Fact]
    public void States_have_English_names()
    {
        Catalog.GetState("KG").FullName.English.Should().Be("Kyrgyz Republic");
        Catalog.GetState("RU").ShortName.English.Should().Be("Russia");
    }

    [Fact]
    public void Body_names_decline_and_carry_abbreviations()
    {
        var csc = Catalog.GetBody("csc");
        csc.Name[GrammaticalCase.Genitive].Should().Be("Совета коллективной безопасности");
        csc.Name.RussianAbbreviation.Should().Be("СКБ");
        csc.Name.EnglishAbbreviation.Should().Be("CSC");
        Catalog.GetBody("wg-afghanistan").Name[GrammaticalCase.Genitive].Should().Be("Рабочей группы по Афганистану при СМИД ОДКБ");
        Catalog.GetBody("cssc").Name[GrammaticalCase.Instrumental].Should().Be("Комитетом секретарей советов безопасности");
        Catalog.GetBody("parliamentary-assembly").Name[GrammaticalCase.Accusative].Should().Be("Парламентскую Ассамблею ОДКБ");
    }

    [Fact]
    public void Person_names_have_full_and_short_forms_in_every_case()
    {
        var tasmagambetov = Catalog.GetPerson("tasmagambetov").Name;
        tasmagambetov.Full[GrammaticalCase.Genitive].Should().Be("Имангали Тасмагамбетова");
        tasmagambetov.Short[GrammaticalCase.Nominative].Should().Be("И. Тасмагамбетов");
        tasmagambetov.Short[GrammaticalCase.Instrumental].Should().Be("И. Тасмагамбетовым");
        tasmagambetov.Patronymic.Should().BeNull("the sources do not give it");
        tasmagambetov.English.Should().Be("Imangali Tasmagambetov");
        var bordyuzha = Catalog.GetPerson("bordyuzha").Name;
        bordyuzha.Full[GrammaticalCase.Genitive].Should().Be("Николая Бордюжи");
        Catalog.GetPerson("zas").Name.Full[GrammaticalCase.Genitive].Should().Be("Станислава Зася");
        Catalog.GetPerson("masadykov").Name.Full[GrammaticalCase.Dative].Should().Be("Таалатбеку Масадыкову");
    }

    [Fact]
    public void Posts_decline()
    {
        var post = Catalog.GetPost("secretary-general");
        post.Name[GrammaticalCase.Instrumental].Should().Be("Генеральным секретарём ОДКБ");
        post.Name[GrammaticalCase.Genitive].Should().Be("Генерального секретаря ОДКБ");
    }

    [Fact]
    public void A_person_name_must_contain_its_surname_in_the_full_form()
    {
        var full = RussianName.Indeclinable("Иван Петров");
        var act = () => new PersonName("Иван", "Сидоров", full, RussianName.Indeclinable("И. Сидоров"), "Ivan Sidorov");
        act.Should().Throw<ArgumentException>().WithParameterName("full").WithMessage("*must contain the surname \"Сидоров\"*");
    }
}
