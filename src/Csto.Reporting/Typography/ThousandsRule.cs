using System.Text.RegularExpressions;

namespace Csto.Reporting.Typography;

/// <summary>
/// Groups numbers of five or more digits by three with narrow no-break spaces (U+202F, as ГОСТ sets «10 000»), and
/// makes the spaces of numbers already grouped with spaces narrow and unbreakable. The PDF sets U+202F as a fixed
/// space of 0.15 em without needing its glyph; Word and LibreOffice draw it from the font. Numbers with a
/// leading zero, after «№», inside identifiers, dates, decimals or URLs are left alone; four-digit numbers (years) too.
/// </summary>
internal static partial class ThousandsRule
{
    public static void Apply(TextBuffer buffer)
    {
        if (!Triggers.HasDigit(buffer.Span))
        {
            return;
        }
        buffer.Rewrite(LongNumber(), m =>
        {
            var edits = new List<TextEdit>();
            for (var position = m.Index + m.Length - 3; position > m.Index; position -= 3)
            {
                edits.Add(new TextEdit(position, 0, "\u202F"));
            }
            edits.Reverse();
            return edits;
        });
        buffer.Rewrite(SpacedNumber(), m => m.Groups["space"].Captures.Select(c => new TextEdit(c.Index, 1, "\u202F")));
    }

    [GeneratedRegex(@"(?<![\p{L}\p{N}_.,:/\-–#]|№[ \u00A0]?)(?!0)\d{5,}(?![\p{L}\p{N}_]|[.,:/\-]\d)")]
    private static partial Regex LongNumber();

    [GeneratedRegex(@"(?<![\p{L}\p{N}_.,:/\-–#]|№[ \u00A0]?)[1-9]\d{0,2}(?:(?<space>[ \u00A0])\d{3})+(?![\p{L}\p{N}_]|[.,:/\-]\d)")]
    private static partial Regex SpacedNumber();
}
