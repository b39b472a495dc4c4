using Csto.Domain.Naming;
using Csto.Reporting.Formatting;
using NodaTime;

namespace Csto.Reporting.Tests.Formatting;

public class DateFormatterTests
{
    private const char Nbsp = '\u00A0';

    [Fact]
    public void Long_binds_the_day_to_the_month_and_the_year_to_the_word_года() =>
        DateFormatter.Long(new LocalDate(2025, 12, 3)).Should().Be($"3{Nbsp}декабря 2025{Nbsp}года");

    [Theory]
    [InlineData(1, "января")]
    [InlineData(3, "марта")]
    [InlineData(5, "мая")]
    [InlineData(8, "августа")]
    [InlineData(11, "ноября")]
    public void Long_uses_the_genitive_month(int month, string expected) =>
        DateFormatter.Long(new LocalDate(2024, month, 14)).Should().Be($"14{Nbsp}{expected} 2024{Nbsp}года");

    [Fact]
    public void Numeric_pads_day_and_month() =>
        DateFormatter.Numeric(new LocalDate(2025, 12, 3)).Should().Be("03.12.2025");

    [Fact]
    public void English_writes_day_month_year() =>
        DateFormatter.English(new LocalDate(2025, 12, 3)).Should().Be($"3{Nbsp}December 2025");

    [Fact]
    public void Month_in_the_prepositional_case() =>
        DateFormatter.MonthYearPrepositional(new LocalDate(2025, 11, 1)).Should().Be($"ноябре 2025{Nbsp}года");

    [Theory]
    [InlineData(GrammaticalCase.Nominative, "февраль")]
    [InlineData(GrammaticalCase.Genitive, "февраля")]
    [InlineData(GrammaticalCase.Dative, "февралю")]
    [InlineData(GrammaticalCase.Accusative, "февраль")]
    [InlineData(GrammaticalCase.Instrumental, "февралём")]
    [InlineData(GrammaticalCase.Prepositional, "феврале")]
    public void Month_names_in_all_cases(GrammaticalCase grammaticalCase, string expected) =>
        RussianMonths.Name(2, grammaticalCase).Should().Be(expected);

    [Fact]
    public void Month_out_of_range_is_rejected_with_the_parameter_name() =>
        FluentActions.Invoking(() => RussianMonths.Name(13, GrammaticalCase.Genitive))
            .Should().Throw<ArgumentOutOfRangeException>().WithParameterName("month");
}
