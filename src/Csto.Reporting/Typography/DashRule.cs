using System.Text.RegularExpressions;

namespace Csto.Reporting.Typography;

/// <summary>
/// Dashes and ranges (of numbers, years, dates and Roman numerals: «XX–XXI вв.»). Hyphens inside words
/// («государства-члены», «Кыргызстан-2025», «42-е», «CD-ROM») are never touched.
/// </summary>
internal static partial class DashRule
{
    private const string Nbsp = "\u00A0";

    public static void Apply(TextBuffer buffer, TypographyOptions options)
    {
        if (options.Dashes)
        {
            // A dialogue dash opening a paragraph: em dash and one space.
            if (Triggers.StartsWithDash(buffer.Span))
            {
                buffer.ReplaceGroup(DialogueDash(), "dash", "— ");
            }
            // «государств - членов» is a compound with spaces: en dash, no-break space before.
            if (Triggers.HasDashAfterSpace(buffer.Span) && buffer.Span.Contains("осударств", StringComparison.Ordinal))
            {
                buffer.ReplaceGroup(StateMembers(), "dash", Nbsp + "– ");
            }
        }
        if (options.Ranges && Triggers.HasDigit(buffer.Span))
        {
            if (Triggers.HasDashAfterSpace(buffer.Span))
            {
                buffer.ReplaceGroup(DateRange(), "dash", Nbsp + "– ");
                buffer.ReplaceGroup(YearRange(), "dash", "–");
            }
            if (buffer.Span.Contains('-'))
            {
                buffer.ReplaceGroup(NumberRange(), "dash", "–");
            }
        }
        if (options.Ranges && buffer.Span.Contains('-') && buffer.Span.ContainsAny('I', 'V', 'X'))
        {
            buffer.ReplaceGroup(RomanRange(), "dash", "–");
        }
        if (options.Dashes)
        {
            if (Triggers.HasDashAfterSpace(buffer.Span))
            {
                buffer.ReplaceGroup(SpacedHyphen(), "dash", Nbsp + "— ");
            }
            if (buffer.Span.Contains(" –", StringComparison.Ordinal))
            {
                buffer.ReplaceGroup(SpacedDash(), "space", Nbsp);
            }
        }
    }

    [GeneratedRegex(@"^(?<dash>(?:--?|[—–])[ \u00A0]+)(?=\S)")]
    private static partial Regex DialogueDash();

    [GeneratedRegex(@"(?<=(?<![\p{L}])[Гг]осударств(?:а|ам|ами|ах)?)(?<dash>[ \u00A0]+(?:--?|[—–])[ \u00A0]+)(?=член)")]
    private static partial Regex StateMembers();

    [GeneratedRegex(@"(?<=(?<![\p{L}\d])\d{1,2}[ \u00A0](?:января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря)(?:[ \u00A0]\d{4}(?:[ \u00A0]г(?:ода|\.))?)?)(?<dash>[ \u00A0]+(?:--?|[—–])[ \u00A0]+)(?=\d)")]
    private static partial Regex DateRange();

    [GeneratedRegex(@"(?<=(?<![\p{L}\d.,\-–])\d{4})(?<dash>[ \u00A0]+[-–][ \u00A0]+)(?=\d{4}(?![\p{L}\d.,]))")]
    private static partial Regex YearRange();

    [GeneratedRegex(@"(?<=(?<![\p{L}\d.,/:\-–])\d+)(?<dash>-)(?=\d+(?![\p{L}\d]|[\-–/.,:]\d))")]
    private static partial Regex NumberRange();

    // «XX-XXI вв.», «II-III кварталы»: two Roman numerals (up to CCCXCIX) joined by a hyphen, nothing else of the word.
    [GeneratedRegex(@"(?<=(?<![\p{L}\p{N}\-–])(?=[IVXLC])C{0,3}(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3}))(?<dash>-)(?=(?=[IVXLC])C{0,3}(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})(?![\p{L}\p{N}\-]))")]
    private static partial Regex RomanRange();

    [GeneratedRegex(@"(?<=\S)(?<dash>[ \u00A0]+(?:--?|—)[ \u00A0]+)(?=\S)")]
    private static partial Regex SpacedHyphen();

    [GeneratedRegex(@"(?<=\S)(?<space> +)–(?= )")]
    private static partial Regex SpacedDash();
}
