using System.Buffers;
using System.Globalization;

namespace Csto.Reporting.Typography;

/// <summary>
/// Cheap tests run before a rule's regular expression: each says whether the text contains the characters the
/// pattern cannot match without, so most paragraphs skip most rules. A trigger may say yes when the pattern then
/// finds nothing, never the other way round. "Digit" means what <c>\d</c> means in .NET: any Unicode decimal digit.
/// </summary>
internal static class Triggers
{
    private static readonly SearchValues<char> Digits = SearchValues.Create(
        Enumerable.Range(0, char.MaxValue + 1).Select(c => (char)c).Where(char.IsDigit).ToArray());

    private static readonly SearchValues<char> DashMarks = SearchValues.Create("-—–");

    /// <summary>True when the text contains a decimal digit.</summary>
    public static bool HasDigit(ReadOnlySpan<char> text) => text.ContainsAny(Digits);

    /// <summary>True when a decimal digit is followed by a plain space.</summary>
    public static bool HasDigitBeforeSpace(ReadOnlySpan<char> text)
    {
        for (var i = text.IndexOfAny(Digits); i >= 0 && i + 1 < text.Length; i = NextDigit(text, i + 1))
        {
            if (text[i + 1] == ' ')
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>True when a hyphen, en dash or em dash follows a space or a no-break space.</summary>
    public static bool HasDashAfterSpace(ReadOnlySpan<char> text)
    {
        for (var i = text.IndexOfAny(DashMarks); i >= 0; i = Next(text, i + 1, DashMarks))
        {
            if (i > 0 && text[i - 1] is ' ' or '\u00A0')
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>True when the text starts with a hyphen, an en dash or an em dash.</summary>
    public static bool StartsWithDash(ReadOnlySpan<char> text) => text.Length > 0 && DashMarks.Contains(text[0]);

    /// <summary>True when a dot follows an uppercase letter, as in an initial.</summary>
    public static bool HasUppercaseBeforeDot(ReadOnlySpan<char> text)
    {
        for (var dot = text.IndexOf('.'); dot >= 0; dot = Next(text, dot + 1, '.'))
        {
            if (dot > 0 && char.GetUnicodeCategory(text[dot - 1]) == UnicodeCategory.UppercaseLetter)
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>True when a dot follows a word of at most <paramref name="maxLetters"/> letters, as in «ул.».</summary>
    public static bool HasShortWordBeforeDot(ReadOnlySpan<char> text, int maxLetters)
    {
        for (var dot = text.IndexOf('.'); dot >= 0; dot = Next(text, dot + 1, '.'))
        {
            var start = dot;
            while (start > 0 && dot - start <= maxLetters && char.IsLetter(text[start - 1]))
            {
                start--;
            }
            var letters = dot - start;
            if (letters > 0 && letters <= maxLetters && (start == 0 || !char.IsLetter(text[start - 1])))
            {
                return true;
            }
        }
        return false;
    }

    private static int NextDigit(ReadOnlySpan<char> text, int from) => Next(text, from, Digits);

    private static int Next(ReadOnlySpan<char> text, int from, SearchValues<char> values)
    {
        var found = text[from..].IndexOfAny(values);
        return found < 0 ? -1 : from + found;
    }

    private static int Next(ReadOnlySpan<char> text, int from, char value)
    {
        var found = text[from..].IndexOf(value);
        return found < 0 ? -1 : from + found;
    }
}
