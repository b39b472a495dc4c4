using Csto.Reporting.Typography;

namespace Csto.Reporting.Tests.Typography;

/// <summary>Expected texts write a no-break space as '~'.</summary>
public sealed class TypographerTextTests
{
    private static string Ru(string text) => Typographer.ApplyToText(text, "ru-RU", TypographyOptions.All).Replace('\u00A0', '~').Replace('\u202F', '^');

    private static string En(string text) => Typographer.ApplyToText(text, "en-US", TypographyOptions.All).Replace('\u00A0', '~');

    [Theory]
    [InlineData("доклад \"Большое Евразийское Партнерство\"", "доклад «Большое Евразийское Партнерство»")]
    [InlineData("\"Текст \"вложенный\" текст\"", "«Текст „вложенный“ текст»")]
    [InlineData("конференция \"Прикладные аспекты\".", "конференция «Прикладные аспекты».")]
    [InlineData("(\"цитата\")", "(«цитата»)")]
    [InlineData("«Уже \"готово\"»", "«Уже „готово“»")]
    [InlineData("д'Артаньян", "д’Артаньян")]
    [InlineData("решение «О проекте решения «Об антинаркотической стратегии»»", "решение «О~проекте решения „Об~антинаркотической стратегии“»")]
    [InlineData("«Одобрить «Стратегию» и «План» в целом»", "«Одобрить „Стратегию“ и~„План“ в~целом»")]
    [InlineData("«Первое» и «второе»", "«Первое» и~«второе»")]
    [InlineData("«Уже „готово“»", "«Уже „готово“»")]
    public void Russian_quotes(string input, string expected) => Ru(input).Should().Be(expected);

    [Theory]
    [InlineData("the \"Collective Security\" Treaty", "the “Collective Security” Treaty")]
    [InlineData("\"He said \"no\" twice\"", "“He said ‘no’ twice”")]
    [InlineData("the Organization's members don't", "the Organization’s members don’t")]
    [InlineData("the states' interests", "the states’ interests")]
    public void English_quotes_and_apostrophes(string input, string expected) => En(input).Should().Be(expected);

    [Theory]
    [InlineData("Безопасность - общая задача", "Безопасность~— общая задача")]
    [InlineData("Безопасность -- общая задача", "Безопасность~— общая задача")]
    [InlineData("Безопасность — общая задача", "Безопасность~— общая задача")]
    [InlineData("- Да, - ответил он.", "— Да,~— ответил он.")]
    [InlineData("делегации государств - членов ОДКБ", "делегации государств~– членов ОДКБ")]
    [InlineData("делегаций государств – членов Организации", "делегаций государств~– членов Организации")]
    [InlineData("главы государств-членов", "главы государств-членов")]
    [InlineData("Кыргызстан-2025 и 42-е заседание", "Кыргызстан-2025 и~42-е заседание")]
    public void Dashes(string input, string expected) => Ru(input).Should().Be(expected);

    [Theory]
    [InlineData("26-27 ноября", "26–27~ноября")]
    [InlineData("2023-2025 годы", "2023–2025~годы")]
    [InlineData("2023 - 2025 годы", "2023–2025~годы")]
    [InlineData("30 ноября - 2 декабря", "30~ноября~– 2~декабря")]
    [InlineData("30 ноября 2025 года — 2 декабря", "30~ноября 2025~года~– 2~декабря")]
    [InlineData("страницы 10-12", "страницы 10–12")]
    [InlineData("дата 2025-12-03 и телефон 123-45-67", "дата 2025-12-03 и~телефон 123-45-67")]
    public void Ranges(string input, string expected) => Ru(input).Should().Be(expected);

    [Theory]
    [InlineData("в Минске и в Бишкеке", "в~Минске и~в~Бишкеке")]
    [InlineData("В мероприятии приняли участие", "В~мероприятии приняли участие")]
    [InlineData("из числа стран, но не всех", "из~числа стран, но~не~всех")]
    [InlineData("для обсуждения при участии", "для~обсуждения при~участии")]
    [InlineData("он же сказал бы", "он~же сказал~бы")]
    [InlineData("А. Е. Снесарев", "А.~Е.~Снесарев")]
    [InlineData("имени А.Е.Снесарева", "имени А.~Е.~Снесарева")]
    [InlineData("Снесарев А. Е.", "Снесарев~А.~Е.")]
    [InlineData("приказ № 5 и №12, § 3", "приказ №~5 и~№~12, §~3")]
    [InlineData("в 2025 г. Президент", "в~2025~г. Президент")]
    [InlineData("в 2025 году", "в~2025~году")]
    [InlineData("в г. Бишкек и г.Минск", "в~г.~Бишкек и~г.~Минск")]
    [InlineData("страны и т. д., и т.п., т. е. всё", "страны и~т.~д., и~т.~п., т.~е. всё")]
    [InlineData("3 декабря 2025 года", "3~декабря 2025~года")]
    [InlineData("5 млн рублей, 20 км, 15 %", "5~млн рублей, 20~км, 15~%")]
    [InlineData("подписано 15 документов и 3 протокола", "подписано 15~документов и~3~протокола")]
    [InlineData("рост на 12,5 процента", "рост на~12,5~процента")]
    [InlineData("№ 5 от 3 декабря 2026 г.", "№~5 от~3~декабря 2026~г.")]
    [InlineData("статья 5 Устава", "статья 5 Устава")]
    [InlineData("ОДКБ, СНГ, ШОС", "ОДКБ, СНГ, ШОС")]
    public void Non_breaking_spaces(string input, string expected) => Ru(input).Should().Be(expected);

    [Theory]
    [InlineData("1302569 человек", "1^302^569~человек")]
    [InlineData("1 302 569 человек", "1^302^569~человек")]
    [InlineData("12345", "12^345")]
    [InlineData("10 000 военнослужащих", "10^000~военнослужащих")]
    [InlineData("протяжённостью 1344 км", "протяжённостью 1344~км")]
    [InlineData("в 2025 году", "в~2025~году")]
    [InlineData("код 012345", "код 012345")]
    [InlineData("№ 123456", "№~123456")]
    [InlineData("дата 03.12.2025", "дата 03.12.2025")]
    [InlineData("ID-123456 и A123456", "ID-123456 и~A123456")]
    [InlineData("сумма 12345,67", "сумма 12345,67")]
    public void Thousands(string input, string expected) => Ru(input).Should().Be(expected);

    [Theory]
    [InlineData("Итак... далее", "Итак… далее")]
    [InlineData("Четыре.... точки", "Четыре.... точки")]
    [InlineData("(c) ОДКБ", "© ОДКБ")]
    [InlineData("температура -35 °C, ночью до –40", "температура −35~°C, ночью до~−40")]
    [InlineData("-100,0", "−100,0")]
    [InlineData("изменение (-12 %) и итог: -3", "изменение (−12~%) и~итог: −3")]
    [InlineData("страницы 10-12 и ID-5", "страницы 10–12 и~ID-5")]
    public void Symbols(string input, string expected) => Ru(input).Should().Be(expected);

    [Theory]
    [InlineData("в XX-XXI вв.", "в~XX–XXI вв.")]
    [InlineData("II-III кварталы 2026 года", "II–III кварталы 2026~года")]
    [InlineData("форматы CD-ROM и XL-XXL", "форматы CD-ROM и~XL-XXL")]
    [InlineData("XIX-ый", "XIX-ый")]
    public void Roman_numeral_ranges(string input, string expected) => Ru(input).Should().Be(expected);

    [Fact]
    public void A_realistic_paragraph_gets_every_number_rule_once_and_keeps_it()
    {
        const string input = "В 2024-2025 гг. в учениях приняли участие 12500 военнослужащих и 350 единиц техники; " +
            "марш протяжённостью 1 344 км прошёл при температуре -35 °C (XX-XXI вв. таких маршей не знали).";
        var once = Ru(input);
        once.Should().Be("В~2024–2025~гг. в~учениях приняли участие 12^500~военнослужащих и~350~единиц техники; " +
            "марш протяжённостью 1^344~км прошёл при~температуре −35~°C (XX–XXI вв. таких маршей не~знали).");
        Ru(Typographer.ApplyToText(input, "ru-RU", TypographyOptions.All)).Should().Be(once, "the pass is idempotent");
    }

    [Theory]
    [InlineData("см. https://odkb-csto.org/news/a-b--c/?x=\"1\"&y=2 - сайт")]
    [InlineData("пишите на info@odkb-csto.org - ответим")]
    public void Urls_are_left_intact(string input)
    {
        var result = Ru(input);
        var url = input.Split(' ')[2];
        result.Should().Contain(url);
        result.Should().EndWith("~— " + input.Split(' ')[^1]);
    }

    [Fact]
    public void English_keeps_russian_only_rules_out()
    {
        En("in Minsk - and in Bishkek 26-27 November, A. B. Smith").Should().Be("in Minsk~— and in Bishkek 26–27 November, A.~B.~Smith");
    }

    [Fact]
    public void No_options_change_nothing()
    {
        const string text = "\"Текст\" - в 2025 г. 1302569...";
        Typographer.ApplyToText(text, "ru-RU", TypographyOptions.None).Should().Be(text);
        Typographer.ApplyToText(text, "ru-RU", TypographyOptions.All with { Quotes = false }).Should().StartWith("\"Текст\"\u00A0—");
    }
}
