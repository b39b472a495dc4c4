using Csto.Reporting.Documents;
using Csto.Reporting.Typography;

namespace Csto.Reporting.Tests.Typography;

/// <summary>
/// Edge cases of the rules written as scans (short words, particles) and of the triggers that let paragraphs skip
/// a rule. The expected texts are those the earlier all-regex implementation produced. '~' is a no-break space.
/// </summary>
public sealed class TypographerScanTests
{
    private static string Ru(string text) => Typographer.ApplyToText(text, "ru-RU", TypographyOptions.All).Replace('\u00A0', '~').Replace('\u202F', '^');

    [Theory]
    [InlineData("В Минске и Бишкеке", "В~Минске и~Бишкеке")]
    [InlineData("ПРИ встрече ВО дворе", "ПРИ~встрече ВО~дворе")]
    [InlineData("без изменений для всех", "без~изменений для~всех")]
    [InlineData("в\u1C80 Минске", "в\u1C80 Минске")] // U+1C80 is a Cyrillic letter: the word is «вᲀ», not «в»
    [InlineData("\u1C80 Минске", "\u1C80 Минске")] // rounded ve is not «в» for the rule, as in .NET regex case folding
    [InlineData("а.в Минске", "а.в Минске")]
    [InlineData("42-в пути", "42-в пути")]
    [InlineData("1в пути", "1в пути")]
    [InlineData("в  Минске", "в  Минске")]
    [InlineData("в", "в")]
    [InlineData("в ", "в ")]
    [InlineData("свод правил", "свод правил")]
    public void Short_words(string input, string expected) => Ru(input).Should().Be(expected);

    [Theory]
    [InlineData("коллективный же участники", "коллективный~же участники")]
    [InlineData("«ОДКБ» же решила", "«ОДКБ»~же решила")]
    [InlineData("(ОДКБ) ли", "(ОДКБ)~ли")]
    [InlineData("будет ли", "будет~ли")]
    [InlineData("как ж", "как~ж")]
    [InlineData("будет ли-то", "будет ли-то")]
    [InlineData("будет бы1", "будет бы1")]
    [InlineData("будет быть", "будет быть")]
    [InlineData("— ли", "— ли")]
    public void Particles(string input, string expected) => Ru(input).Should().Be(expected);

    [Theory]
    [InlineData("Заседание в 2025 г. прошло", "Заседание в~2025~г. прошло")]
    [InlineData("Заседание в ٢٠٢٥ г. прошло", "Заседание в~٢٠٢٥~г. прошло")] // Arabic-Indic digits are digits
    [InlineData("Всего １２３４５ человек", "Всего １２^３４５~человек")] // and so are full-width ones
    [InlineData("Всего 12345 человек", "Всего 12^345~человек")]
    [InlineData("Совещание — ٢٦-٢٧ ноября", "Совещание~— ٢٦–٢٧~ноября")]
    public void Digits_of_any_script_trigger_the_number_rules(string input, string expected) => Ru(input).Should().Be(expected);

    [Fact]
    public void A_short_word_inside_a_locked_url_keeps_its_space()
    {
        var inlines = Typographer.ApplyToInlines(
            [new Link("https://x.org/в", [new TextRun("https://x.org/в")]), new TextRun(" Минске")], "ru-RU", TypographyOptions.All);

        inlines[1].Should().Be(new TextRun(" Минске"));
    }

    [Fact]
    public void A_paragraph_with_nothing_to_change_is_returned_as_it_is()
    {
        IReadOnlyList<Inline> inlines = [new TextRun("Заседание прошло успешно."), new Strong([new TextRun("Итоги")])];

        Typographer.ApplyToInlines(inlines, "ru-RU", TypographyOptions.All).Should().BeSameAs(inlines);
    }

    [Fact]
    public void Runs_and_containers_that_did_not_change_are_kept()
    {
        var strong = new Strong([new TextRun("Итоги")]);
        var tail = new TextRun(" подведены.");
        IReadOnlyList<Inline> inlines = [new TextRun("в Минске "), strong, tail];

        var result = Typographer.ApplyToInlines(inlines, "ru-RU", TypographyOptions.All);

        result.Should().NotBeSameAs(inlines);
        result[0].Should().Be(new TextRun("в\u00A0Минске "));
        result[1].Should().BeSameAs(strong);
        result[2].Should().BeSameAs(tail);
    }
}
