using System.Text.RegularExpressions;

namespace Csto.Reporting.Typography;

/// <summary>
/// No-break spaces (U+00A0) that keep short words with their neighbours. Russian only, except initials and
/// «№»/«§», which apply to English too. A number is kept with the lowercase word or unit after it («15 документов»,
/// «5 км»). The short words glued to the next word are listed in
/// <see cref="ShortWords"/>; the particles glued to the previous word in <see cref="Particles"/>.
/// </summary>
internal static partial class NonBreakingSpaceRule
{
    private const string Nbsp = "\u00A0";

    /// <summary>Prepositions, conjunctions and pronouns after which the space does not break.</summary>
    public const string ShortWords = "в|к|с|у|о|а|и|я|во|ко|со|об|на|по|за|до|из|от|но|не|ни|да|без|для|при|про|под|над|обо|изо|ото";

    /// <summary>Abbreviations after which the space does not break: «ул. Ленина», «рис. 3», «ст. 5».</summary>
    public const string Abbreviations = "ул|пр|пл|пер|д|им|рис|табл|гл|ст|п|пп|с|см|ч|кв|стр";

    /// <summary>Particles before which the space does not break.</summary>
    public const string Particles = "же|ж|ли|ль|бы|б";

    private static readonly WordList AbbreviationList = new(Abbreviations);

    public static void Apply(TextBuffer buffer, bool english)
    {
        // Initials: «А. Е. Снесарев», «А.Е.Снесарева» → spaces inserted; «Снесарев А. Е.».
        if (Triggers.HasUppercaseBeforeDot(buffer.Span))
        {
            buffer.ReplaceGroup(BetweenInitials(), "gap", Nbsp);
            buffer.ReplaceGroup(InitialBeforeSurname(), "gap", Nbsp);
            buffer.ReplaceGroup(SurnameBeforeInitials(), "gap", Nbsp);
        }
        if (buffer.Span.ContainsAny('№', '§'))
        {
            buffer.ReplaceGroup(NumberSign(), "gap", Nbsp);
        }
        if (english)
        {
            return;
        }
        ShortWordRule.Apply(buffer);
        ParticleRule.Apply(buffer);
        if (Triggers.HasWordBeforeDot(buffer.Span, AbbreviationList))
        {
            buffer.ReplaceGroup(Abbreviation(), "gap", Nbsp);
        }
        if (buffer.Span.Contains("г.", StringComparison.Ordinal))
        {
            buffer.ReplaceGroup(CityAfterAbbreviation(), "gap", Nbsp);
        }
        if (buffer.Span.Contains("т.", StringComparison.Ordinal))
        {
            buffer.ReplaceGroup(ThatIs(), "gap", Nbsp);
        }
        if (Triggers.HasDigit(buffer.Span) && buffer.Span.Contains('г'))
        {
            buffer.ReplaceGroup(YearWord(), "gap", Nbsp);
        }
        if (Triggers.HasDigitBeforeSpace(buffer.Span))
        {
            buffer.ReplaceGroup(NumberUnit(), "gap", Nbsp);
            buffer.ReplaceGroup(NumberWord(), "gap", Nbsp);
        }
    }

    [GeneratedRegex(@"(?<![\p{L}\p{N}])\p{Lu}\.(?<gap> ?)(?=\p{Lu}\.)")]
    private static partial Regex BetweenInitials();

    [GeneratedRegex(@"(?<![\p{L}\p{N}])\p{Lu}\.(?<gap> ?)(?=\p{Lu}\p{Ll}{2,})")]
    private static partial Regex InitialBeforeSurname();

    [GeneratedRegex(@"(?<=(?<![\p{L}])\p{Lu}\p{Ll}+)(?<gap> )(?=\p{Lu}\.[ \u00A0]?\p{Lu}\.)")]
    private static partial Regex SurnameBeforeInitials();

    [GeneratedRegex(@"[№§](?<gap> ?)(?=[\p{L}\p{N}])")]
    private static partial Regex NumberSign();

    [GeneratedRegex(@"(?<![\p{L}])(?:" + Abbreviations + @")\.(?<gap> ?)(?=[\p{Lu}\p{N}])")]
    private static partial Regex Abbreviation();

    // «г. Бишкек», but not «2025 г. Президент…», where «г.» belongs to the year.
    [GeneratedRegex(@"(?<![\p{L}]|\d[ \u00A0])г\.(?<gap> ?)(?=\p{Lu}\p{Ll})")]
    private static partial Regex CityAfterAbbreviation();

    [GeneratedRegex(@"(?<![\p{L}])т\.(?<gap> ?)(?=[декпн]\.)")]
    private static partial Regex ThatIs();

    [GeneratedRegex(@"(?<=(?<![\p{L}\p{N}])\d{4})(?<gap> ?)(?=(?:гг?\.|год(?:а|у|ы|ов|ах|ам|ом)?(?![\p{L}])))")]
    private static partial Regex YearWord();

    // «15 документов», «12,5 процента», «1 344 км»: a number (not part of a date, an identifier or a range) and the
    // lowercase word after it, unless that word is a preposition or conjunction («№ 5 от 3 декабря»).
    [GeneratedRegex(@"(?<=(?<![\p{L}\p{N}.,:/\-–_])\d+(?:[.,]\d+)?)(?<gap> )(?=\p{Ll})(?!(?:" + ShortWords + @")(?![\p{L}]))")]
    private static partial Regex NumberWord();

    [GeneratedRegex(@"(?<=\d)(?<gap> )(?=(?:млн|млрд|трлн|тыс\.|км|кг|м|см|мм|га|т|л|руб\.|долл\.|евро|чел\.|ч\.|мин\.|%|°[CСF]?|января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря)(?![\p{L}]))")]
    private static partial Regex NumberUnit();
}
