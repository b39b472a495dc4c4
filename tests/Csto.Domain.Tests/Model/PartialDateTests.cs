using NodaTime;

namespace Csto.Domain.Tests.Model;

public sealed class PartialDateTests
{
    [Theory]
    [InlineData("2003", 2003, 1, 1, 2003, 12, 31)]
    [InlineData("2018-11", 2018, 11, 1, 2018, 11, 30)]
    [InlineData("2024-02", 2024, 2, 1, 2024, 2, 29)]
    [InlineData("2023-01-01", 2023, 1, 1, 2023, 1, 1)]
    public void Parses_and_gives_its_earliest_and_latest_day(string text, int y1, int m1, int d1, int y2, int m2, int d2)
    {
        var date = PartialDate.Parse(text);
        date.Earliest.Should().Be(new LocalDate(y1, m1, d1));
        date.Latest.Should().Be(new LocalDate(y2, m2, d2));
        date.ToString().Should().Be(text);
    }

    [Theory]
    [InlineData("03.12.2025")]
    [InlineData("2025-13")]
    [InlineData("2025-02-30")]
    [InlineData("25")]
    [InlineData("2025-1-01")]
    public void Rejects_other_forms(string text)
    {
        PartialDate.TryParse(text, out _).Should().BeFalse();
        var act = () => PartialDate.Parse(text);
        act.Should().Throw<FormatException>().WithMessage($"\"{text}\" is not a partial date*");
    }

    [Fact]
    public void A_day_needs_a_month()
    {
        var act = () => new PartialDate(2025, null, 3);
        act.Should().Throw<ArgumentException>().WithParameterName("day");
    }
}
