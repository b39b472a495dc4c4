using Csto.Reporting.Formatting;
using NodaTime;

namespace Csto.Reporting.Tests.Formatting;

public class DateRangeFormatterTests
{
    private const char Nbsp = '\u00A0';

    [Fact]
    public void Same_month_joins_the_days_with_an_en_dash() =>
        DateRangeFormatter.Russian(new LocalDate(2025, 11, 26), new LocalDate(2025, 11, 27))
            .Should().Be($"26–27{Nbsp}ноября 2025{Nbsp}года");

    [Fact]
    public void Different_months_name_both_months_and_the_year_once() =>
        DateRangeFormatter.Russian(new LocalDate(2025, 11, 30), new LocalDate(2025, 12, 2))
            .Should().Be($"30{Nbsp}ноября{Nbsp}– 2{Nbsp}декабря 2025{Nbsp}года");

    [Fact]
    public void Different_years_write_two_full_dates() =>
        DateRangeFormatter.Russian(new LocalDate(2025, 12, 30), new LocalDate(2026, 1, 2))
            .Should().Be($"30{Nbsp}декабря 2025{Nbsp}года{Nbsp}– 2{Nbsp}января 2026{Nbsp}года");

    [Fact]
    public void One_day_is_a_single_date() =>
        DateRangeFormatter.Russian(new DateInterval(new LocalDate(2025, 12, 3), new LocalDate(2025, 12, 3)))
            .Should().Be($"3{Nbsp}декабря 2025{Nbsp}года");

    [Fact]
    public void English_ranges()
    {
        DateRangeFormatter.English(new LocalDate(2025, 11, 26), new LocalDate(2025, 11, 27)).Should().Be($"26–27{Nbsp}November 2025");
        DateRangeFormatter.English(new LocalDate(2025, 11, 30), new LocalDate(2025, 12, 2)).Should().Be($"30{Nbsp}November{Nbsp}– 2{Nbsp}December 2025");
        DateRangeFormatter.English(new DateInterval(new LocalDate(2025, 12, 30), new LocalDate(2026, 1, 2)))
            .Should().Be($"30{Nbsp}December 2025{Nbsp}– 2{Nbsp}January 2026");
    }

    [Fact]
    public void Year_spans()
    {
        DateRangeFormatter.RussianYears(new LocalDate(2023, 1, 1), new LocalDate(2025, 12, 31)).Should().Be($"2023–2025{Nbsp}годы");
        DateRangeFormatter.RussianYears(new LocalDate(2025, 1, 1), new LocalDate(2025, 12, 31)).Should().Be($"2025{Nbsp}год");
        DateRangeFormatter.EnglishYears(new LocalDate(2023, 1, 1), new LocalDate(2025, 12, 31)).Should().Be("2023–2025");
    }

    [Fact]
    public void A_reversed_range_is_rejected_naming_both_dates() =>
        FluentActions.Invoking(() => DateRangeFormatter.Russian(new LocalDate(2025, 12, 2), new LocalDate(2025, 11, 30)))
            .Should().Throw<ArgumentException>().WithParameterName("end")
            .WithMessage("*2025-11-30*2025-12-02*");
}
