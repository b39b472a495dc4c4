using System.Globalization;
using Csto.Domain.Naming;

namespace Csto.Reporting.Formatting;

/// <summary>
/// Writes ordinal numbers in figures with their ending, Russian («42-е заседание», «40-го заседания»,
/// «80-й годовщины») and English («42nd»).
/// </summary>
/// <remarks>
/// A Russian ordinal's ending (наращение) repeats the last letter of the full word when it ends in a vowel
/// sound preceded by a vowel or «й» (пятый → 5-й, пятая → 5-я), and the last two letters when the final
/// syllable starts with a consonant (пятого → 5-го, пятому → 5-му). The adjective endings of ordinals are the
/// same for every number (первый, второй, третий… all give -й/-го/-му), so the ending depends only on the
/// gender and case, never on the digits; one-letter endings are never doubled («5-ый», «5-ого» are wrong).
/// Accusative masculine and plural forms are the inanimate ones («на 5-й съезд», «в 90-е годы»).
/// </remarks>
public static class OrdinalFormatter
{
    // Rows: masculine, feminine, neuter, plural; columns: the six cases in GrammaticalCase order.
    private static readonly string[][] RussianEndings =
    [
        ["й", "го", "му", "й", "м", "м"],
        ["я", "й", "й", "ю", "й", "й"],
        ["е", "го", "му", "е", "м", "м"],
        ["е", "х", "м", "е", "ми", "х"],
    ];

    /// <summary>The Russian ending alone, such as «го» for the masculine genitive.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The gender or case is unknown.</exception>
    public static string RussianEnding(Gender gender, GrammaticalCase grammaticalCase)
    {
        var row = (int)gender;
        var column = (int)grammaticalCase;
        if (row is < 0 or > 3)
        {
            throw new ArgumentOutOfRangeException(nameof(gender), gender, "Unknown gender.");
        }
        return column is >= 0 and < 6
            ? RussianEndings[row][column]
            : throw new ArgumentOutOfRangeException(nameof(grammaticalCase), grammaticalCase, "Unknown grammatical case.");
    }

    /// <summary>A Russian ordinal in figures: <c>Russian(42, Neuter, Nominative)</c> is «42-е».</summary>
    /// <param name="number">A positive number.</param>
    /// <param name="gender">The gender of the noun (or plural).</param>
    /// <param name="grammaticalCase">The case of the noun.</param>
    /// <exception cref="ArgumentOutOfRangeException">The number is not positive, or the gender or case is unknown.</exception>
    public static string Russian(int number, Gender gender, GrammaticalCase grammaticalCase)
    {
        CheckPositive(number);
        return number.ToString(CultureInfo.InvariantCulture) + "-" + RussianEnding(gender, grammaticalCase);
    }

    /// <summary>An English ordinal in figures: 1st, 2nd, 3rd, 4th, 11th, 12th, 13th, 21st, 42nd, 111th.</summary>
    /// <param name="number">A positive number.</param>
    /// <exception cref="ArgumentOutOfRangeException">The number is not positive.</exception>
    public static string English(int number)
    {
        CheckPositive(number);
        var suffix = (number % 100) is 11 or 12 or 13
            ? "th"
            : (number % 10) switch
            {
                1 => "st",
                2 => "nd",
                3 => "rd",
                _ => "th",
            };
        return number.ToString(CultureInfo.InvariantCulture) + suffix;
    }

    private static void CheckPositive(int number)
    {
        if (number < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(number), number, "An ordinal number must be 1 or more.");
        }
    }
}
