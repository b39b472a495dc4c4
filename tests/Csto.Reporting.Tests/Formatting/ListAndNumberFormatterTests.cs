using Csto.Reporting.Formatting;

namespace Csto.Reporting.Tests.Formatting;

public class ListAndNumberFormatterTests
{
    [Fact]
    public void Russian_list_puts_и_before_the_last_item() =>
        ListFormatter.Russian(["Армении", "Беларуси", "Казахстана"]).Should().Be("Армении, Беларуси и Казахстана");

    [Fact]
    public void English_list_has_no_serial_comma() =>
        ListFormatter.English(["Armenia", "Belarus", "Kazakhstan"]).Should().Be("Armenia, Belarus and Kazakhstan");

    [Fact]
    public void Short_lists()
    {
        ListFormatter.Russian([]).Should().BeEmpty();
        ListFormatter.Russian(["России"]).Should().Be("России");
        ListFormatter.Russian(["Армении", "Беларуси"]).Should().Be("Армении и Беларуси");
    }

    [Fact]
    public void A_last_item_with_its_own_conjunction_follows_а_также_not_a_second_и()
    {
        ListFormatter.Russian(["экспертов Секретариата ОДКБ", "представителей научного сообщества", "студентов и аспирантов"])
            .Should().Be("экспертов Секретариата ОДКБ, представителей научного сообщества, а также студентов и аспирантов");
        ListFormatter.English(["experts", "students and postgraduates"]).Should().Be("experts, as well as students and postgraduates");
        ListFormatter.Russian(["студентов и аспирантов", "экспертов"]).Should().Be("студентов и аспирантов и экспертов", "only the last item's own «и» reads as a second list");
        ListFormatter.Russian(["студентов и аспирантов"]).Should().Be("студентов и аспирантов");
    }

    [Fact]
    public void Empty_items_are_rejected() =>
        FluentActions.Invoking(() => ListFormatter.Russian(["a", " "])).Should().Throw<ArgumentException>().WithParameterName("items");

    [Theory]
    [InlineData(1000, "1000")]
    [InlineData(12000, "12\u00A0000")]
    [InlineData(1302569, "1\u00A0302\u00A0569")]
    [InlineData(-15000, "\u221215\u00A0000")]
    public void Russian_integers_group_thousands_from_five_digits(long number, string expected) =>
        NumberFormatter.Russian(number).Should().Be(expected);

    [Fact]
    public void Russian_decimals_use_a_comma() =>
        NumberFormatter.Russian(12345.5m).Should().Be("12\u00A0345,5");

    [Fact]
    public void English_numbers_use_commas() =>
        NumberFormatter.English(1302569.25m).Should().Be("1,302,569.25");
}
