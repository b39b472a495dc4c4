using Csto.Domain.Naming;

namespace Csto.Reporting.Formatting;

/// <summary>Russian month names in the six grammatical cases, and English month names.</summary>
public static class RussianMonths
{
    private static readonly string[][] Forms =
    [
        // Nominative, genitive, dative, accusative, instrumental, prepositional.
        ["январь", "января", "январю", "январь", "январём", "январе"],
        ["февраль", "февраля", "февралю", "февраль", "февралём", "феврале"],
        ["март", "марта", "марту", "март", "мартом", "марте"],
        ["апрель", "апреля", "апрелю", "апрель", "апрелем", "апреле"],
        ["май", "мая", "маю", "май", "маем", "мае"],
        ["июнь", "июня", "июню", "июнь", "июнем", "июне"],
        ["июль", "июля", "июлю", "июль", "июлем", "июле"],
        ["август", "августа", "августу", "август", "августом", "августе"],
        ["сентябрь", "сентября", "сентябрю", "сентябрь", "сентябрём", "сентябре"],
        ["октябрь", "октября", "октябрю", "октябрь", "октябрём", "октябре"],
        ["ноябрь", "ноября", "ноябрю", "ноябрь", "ноябрём", "ноябре"],
        ["декабрь", "декабря", "декабрю", "декабрь", "декабрём", "декабре"],
    ];

    private static readonly string[] English =
    [
        "January", "February", "March", "April", "May", "June",
        "July", "August", "September", "October", "November", "December",
    ];

    /// <summary>The Russian name of a month in a case: <c>Name(12, Genitive)</c> is «декабря».</summary>
    /// <param name="month">1 to 12.</param>
    /// <param name="grammaticalCase">The case.</param>
    /// <exception cref="ArgumentOutOfRangeException">The month is not 1 to 12, or the case is unknown.</exception>
    public static string Name(int month, GrammaticalCase grammaticalCase)
    {
        CheckMonth(month);
        var index = (int)grammaticalCase;
        return index is >= 0 and < 6
            ? Forms[month - 1][index]
            : throw new ArgumentOutOfRangeException(nameof(grammaticalCase), grammaticalCase, "Unknown grammatical case.");
    }

    /// <summary>The English name of a month: <c>EnglishName(12)</c> is «December».</summary>
    /// <param name="month">1 to 12.</param>
    /// <exception cref="ArgumentOutOfRangeException">The month is not 1 to 12.</exception>
    public static string EnglishName(int month)
    {
        CheckMonth(month);
        return English[month - 1];
    }

    private static void CheckMonth(int month)
    {
        if (month is < 1 or > 12)
        {
            throw new ArgumentOutOfRangeException(nameof(month), month, "A month must be 1 to 12.");
        }
    }
}
