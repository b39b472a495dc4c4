using Csto.Domain.Naming;
using Csto.Reporting.Formatting;

namespace Csto.Reporting.Tests.Formatting;

public class OrdinalFormatterTests
{
    [Theory]
    [InlineData(42, Gender.Neuter, GrammaticalCase.Nominative, "42-е")] // 42-е заседание
    [InlineData(40, Gender.Neuter, GrammaticalCase.Genitive, "40-го")] // 40-го заседания
    [InlineData(36, Gender.Neuter, GrammaticalCase.Prepositional, "36-м")] // на 36-м заседании
    [InlineData(37, Gender.Neuter, GrammaticalCase.Dative, "37-му")] // к 37-му заседанию
    [InlineData(8, Gender.Neuter, GrammaticalCase.Instrumental, "8-м")] // 8-м заседанием
    [InlineData(5, Gender.Masculine, GrammaticalCase.Nominative, "5-й")] // 5-й съезд
    [InlineData(3, Gender.Masculine, GrammaticalCase.Nominative, "3-й")] // третий
    [InlineData(2, Gender.Masculine, GrammaticalCase.Nominative, "2-й")] // второй
    [InlineData(1, Gender.Masculine, GrammaticalCase.Genitive, "1-го")] // первого
    [InlineData(3, Gender.Masculine, GrammaticalCase.Genitive, "3-го")] // третьего
    [InlineData(1, Gender.Masculine, GrammaticalCase.Dative, "1-му")]
    [InlineData(1, Gender.Masculine, GrammaticalCase.Accusative, "1-й")] // на 1-й съезд
    [InlineData(1, Gender.Masculine, GrammaticalCase.Instrumental, "1-м")]
    [InlineData(1, Gender.Masculine, GrammaticalCase.Prepositional, "1-м")]
    [InlineData(80, Gender.Feminine, GrammaticalCase.Nominative, "80-я")] // 80-я годовщина
    [InlineData(80, Gender.Feminine, GrammaticalCase.Genitive, "80-й")] // 80-й годовщины
    [InlineData(80, Gender.Feminine, GrammaticalCase.Dative, "80-й")]
    [InlineData(80, Gender.Feminine, GrammaticalCase.Accusative, "80-ю")] // отметили 80-ю годовщину
    [InlineData(80, Gender.Feminine, GrammaticalCase.Instrumental, "80-й")]
    [InlineData(80, Gender.Feminine, GrammaticalCase.Prepositional, "80-й")]
    [InlineData(90, Gender.Plural, GrammaticalCase.Nominative, "90-е")] // 90-е годы
    [InlineData(90, Gender.Plural, GrammaticalCase.Genitive, "90-х")]
    [InlineData(90, Gender.Plural, GrammaticalCase.Dative, "90-м")]
    [InlineData(90, Gender.Plural, GrammaticalCase.Instrumental, "90-ми")]
    [InlineData(90, Gender.Plural, GrammaticalCase.Prepositional, "90-х")]
    [InlineData(1000, Gender.Neuter, GrammaticalCase.Nominative, "1000-е")]
    public void Russian_endings(int number, Gender gender, GrammaticalCase grammaticalCase, string expected) =>
        OrdinalFormatter.Russian(number, gender, grammaticalCase).Should().Be(expected);

    [Fact]
    public void Never_doubles_a_one_letter_ending()
    {
        foreach (var gender in Enum.GetValues<Gender>())
        {
            foreach (var grammaticalCase in Enum.GetValues<GrammaticalCase>())
            {
                var text = OrdinalFormatter.Russian(5, gender, grammaticalCase);
                new[] { "5-ый", "5-ой", "5-ого", "5-ому", "5-ым", "5-ом", "5-ая", "5-ое" }.Should().NotContain(text);
            }
        }
    }

    [Theory]
    [InlineData(1, "1st")]
    [InlineData(2, "2nd")]
    [InlineData(3, "3rd")]
    [InlineData(4, "4th")]
    [InlineData(11, "11th")]
    [InlineData(12, "12th")]
    [InlineData(13, "13th")]
    [InlineData(21, "21st")]
    [InlineData(42, "42nd")]
    [InlineData(111, "111th")]
    [InlineData(123, "123rd")]
    public void English_suffixes(int number, string expected) =>
        OrdinalFormatter.English(number).Should().Be(expected);

    [Fact]
    public void Zero_is_rejected() =>
        FluentActions.Invoking(() => OrdinalFormatter.Russian(0, Gender.Neuter, GrammaticalCase.Nominative))
            .Should().Throw<ArgumentOutOfRangeException>().WithParameterName("number");
}
