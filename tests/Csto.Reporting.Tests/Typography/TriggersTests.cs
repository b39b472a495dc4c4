using Csto.Reporting.Typography;

namespace Csto.Reporting.Tests.Typography;

/// <summary>The typography rules' quick checks find digits as <see cref="char.IsDigit(char)"/> does, in any script.</summary>
public sealed class TriggersTests
{
    private const string Alphabet = "0 9 а Я x . \u00A0 \u065F \u0660 \u0663 \u07C0 \u0966 \uFF19 \uFFFF";

    [Fact]
    public void Digits_and_digits_before_a_space_are_found_as_a_character_by_character_search_finds_them()
    {
        var letters = Alphabet.Replace(" ", string.Empty, StringComparison.Ordinal) + " ";
        var random = new Random(20261202);
        for (var n = 0; n < 20_000; n++)
        {
            var text = new string([.. Enumerable.Range(0, random.Next(0, 40)).Select(_ => letters[random.Next(letters.Length)])]);
            var digitBeforeSpace = Enumerable.Range(0, Math.Max(0, text.Length - 1)).Any(i => char.IsDigit(text[i]) && text[i + 1] == ' ');

            Triggers.HasDigit(text).Should().Be(text.Any(char.IsDigit), because: Escaped(text));
            Triggers.HasDigitBeforeSpace(text).Should().Be(digitBeforeSpace, because: Escaped(text));
        }
    }

    [Theory]
    [InlineData("в 2026 году", true)]
    [InlineData("в ٢٠٢٦ году", true)]
    [InlineData("в две тысячи двадцать шестом году", false)]
    [InlineData("Ⅻ век", false)]
    public void A_digit_of_any_script_before_a_space_is_found(string text, bool found) =>
        Triggers.HasDigitBeforeSpace(text).Should().Be(found);

    private static string Escaped(string text) => string.Concat(text.Select(c => c < 0x80 ? c.ToString() : $"\\u{(int)c:X4}"));
}
