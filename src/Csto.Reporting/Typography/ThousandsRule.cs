using System.Text.RegularExpressions;

namespace Csto.Reporting.Typography;

/// <summary>
/// Groups numbers of five or more digits by three with no-break spaces (U+00A0: the bundled PT fonts have no narrow
/// no-break space), and makes the spaces of numbers already grouped with spaces unbreakable. Numbers with a
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
                edits.Add(new TextEdit(position, 0, "\u00A0"));
            }
            edits.Reverse();
            return edits;
        });
        buffer.Rewrite(SpacedNumber(), m => m.Groups["space"].Captures.Select(c => new TextEdit(c.Index, 1, "\u00A0")));
    }

    [GeneratedRegex(@"(?<![\p{L}\p{N}_.,:/\-–#]|№[ \u00A0]?)(?!0)\d{5,}(?![\p{L}\p{N}_]|[.,:/\-]\d)")]
    private static partial Regex LongNumber();

    [GeneratedRegex(@"(?<![\p{L}\p{N}_.,:/\-–#]|№[ \u00A0]?)[1-9]\d{0,2}(?:(?<space> )\d{3})+(?![\p{L}\p{N}_]|[.,:/\-]\d)")]
    private static partial Regex SpacedNumber();
}
