namespace Csto.Reporting.Typography;

/// <summary>
/// Whether a dash joins the two ends of a range — of numbers («2024–2025», «1-2») or of Roman numerals
/// («XX–XXI», the letters I, V, X, L, C as <see cref="DashRule"/> reads them). Russian typesetting keeps such a
/// range on one line: the PDF line breaker offers no break at its dash, the DOCX writer puts a
/// word joiner (U+2060) after the dash (<see cref="Joined"/>, the one form of a text the DOCX writes and compares).
/// </summary>
internal static class RangeDash
{
    /// <summary>The word joiner the DOCX puts after a range's dash.</summary>
    public const char WordJoiner = '\u2060';

    /// <summary>
    /// <paramref name="text"/> as the DOCX writes it: a word joiner after the dash of every range
    /// (<see cref="JoinsRange"/>), so that Word and LibreOffice do not break it there; the text itself when it has no range.
    /// </summary>
    public static string Joined(string text)
    {
        System.Text.StringBuilder? joined = null;
        var copied = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (JoinsRange(text, i))
            {
                joined ??= new System.Text.StringBuilder(text.Length + 4);
                joined.Append(text, copied, i + 1 - copied).Append(WordJoiner);
                copied = i + 1;
            }
        }
        return joined is null ? text : joined.Append(text, copied, text.Length - copied).ToString();
    }

    /// <summary>
    /// Whether the character at <paramref name="dash"/> of <paramref name="text"/> is a hyphen-minus or an en dash
    /// with the end of a number or Roman numeral right before it and the start of another right after it.
    /// </summary>
    public static bool JoinsRange(ReadOnlySpan<char> text, int dash)
    {
        if (dash <= 0 || dash >= text.Length - 1 || text[dash] is not '-' and not '\u2013')
        {
            return false;
        }
        if (char.IsDigit(text[dash - 1]) && char.IsDigit(text[dash + 1]))
        {
            return true;
        }
        var start = dash;
        while (start > 0 && char.IsLetter(text[start - 1]))
        {
            start--;
        }
        var end = dash + 1;
        while (end < text.Length && char.IsLetter(text[end]))
        {
            end++;
        }
        return start < dash && end > dash + 1 && IsRoman(text[start..dash]) && IsRoman(text[(dash + 1)..end]);
    }

    private static bool IsRoman(ReadOnlySpan<char> letters) => letters.IndexOfAnyExcept("IVXLC") < 0;
}
