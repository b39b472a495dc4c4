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
    /// <summary>The first decimal digit outside ASCII (ARABIC-INDIC DIGIT ZERO); no digit lies between '9' and it.</summary>
    private const char FirstNonAsciiDigit = '\u0660';

    private static readonly SearchValues<char> DashMarks = SearchValues.Create("-—–");

    // SearchValues rather than the generic IndexOfAnyInRange<char>, which boxes its bounds on every call until tiered
    // compilation replaces its first code (96 bytes a call; 2.4 MB of boxed characters in the bench report's render).
    private static readonly SearchValues<char> AsciiDigits = SearchValues.Create("0123456789");
    private static readonly SearchValues<char> BelowFirstNonAsciiDigit = SearchValues.Create(BelowFirstNonAsciiDigitChars());

    /// <summary>True when the text contains a decimal digit.</summary>
    public static bool HasDigit(ReadOnlySpan<char> text) => IndexOfDigit(text) >= 0;

    /// <summary>True when a decimal digit is followed by a plain space.</summary>
    public static bool HasDigitBeforeSpace(ReadOnlySpan<char> text)
    {
        for (var i = IndexOfDigit(text); i >= 0 && i + 1 < text.Length; i = NextDigit(text, i + 1))
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

    /// <summary>True when a dot follows a whole word of <paramref name="words"/>, as in «ул.».</summary>
    public static bool HasWordBeforeDot(ReadOnlySpan<char> text, WordList words)
    {
        for (var dot = text.IndexOf('.'); dot >= 0; dot = Next(text, dot + 1, '.'))
        {
            var start = dot;
            while (start > 0 && dot - start <= words.Longest && char.IsLetter(text[start - 1]))
            {
                start--;
            }
            if ((start == 0 || !char.IsLetter(text[start - 1])) && words.Contains(text[start..dot]))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// The index of the first decimal digit, or −1. Searches ASCII digits with a vector search, then checks the few
    /// characters before that one that could be another script's digit.
    /// </summary>
    private static int IndexOfDigit(ReadOnlySpan<char> text)
    {
        var ascii = text.IndexOfAny(AsciiDigits);
        var before = ascii < 0 ? text : text[..ascii];
        for (var i = before.IndexOfAnyExcept(BelowFirstNonAsciiDigit); i >= 0; i = Next(before, i + 1))
        {
            if (char.IsDigit(before[i]))
            {
                return i;
            }
        }
        return ascii;

        static int Next(ReadOnlySpan<char> text, int from)
        {
            var found = text[from..].IndexOfAnyExcept(BelowFirstNonAsciiDigit);
            return found < 0 ? -1 : from + found;
        }
    }

    private static string BelowFirstNonAsciiDigitChars() =>
        string.Create(FirstNonAsciiDigit, 0, static (span, _) =>
        {
            for (var i = 0; i < span.Length; i++)
            {
                span[i] = (char)i;
            }
        });

    private static int NextDigit(ReadOnlySpan<char> text, int from)
    {
        var found = IndexOfDigit(text[from..]);
        return found < 0 ? -1 : from + found;
    }

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
