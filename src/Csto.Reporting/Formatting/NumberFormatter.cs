using System.Globalization;
using System.Text;

namespace Csto.Reporting.Formatting;

/// <summary>
/// Formats numbers the Russian way: thousands are separated by a no-break space from five digits on
/// («1 302 569», but «1000»), and the decimal separator is a comma («12,5»).
/// </summary>
public static class NumberFormatter
{
    /// <summary>A Russian integer: «1000», «12 000», «1 302 569», «−5 000» (with a minus sign U+2212).</summary>
    public static string Russian(long number)
    {
        var digits = Math.Abs((decimal)number).ToString(CultureInfo.InvariantCulture);
        return (number < 0 ? "\u2212" : string.Empty) + Group(digits);
    }

    /// <summary>A Russian decimal: the integer part as in <see cref="Russian(long)"/>, a comma, and the fraction as given.</summary>
    public static string Russian(decimal number)
    {
        var text = Math.Abs(number).ToString(CultureInfo.InvariantCulture);
        var point = text.IndexOf('.', StringComparison.Ordinal);
        var integer = point < 0 ? text : text[..point];
        var fraction = point < 0 ? string.Empty : "," + text[(point + 1)..];
        return (number < 0 ? "\u2212" : string.Empty) + Group(integer) + fraction;
    }

    /// <summary>An English number with comma thousands separators from five digits on: «12,000», «1000».</summary>
    public static string English(decimal number)
    {
        var text = Math.Abs(number).ToString(CultureInfo.InvariantCulture);
        var point = text.IndexOf('.', StringComparison.Ordinal);
        var integer = point < 0 ? text : text[..point];
        var fraction = point < 0 ? string.Empty : text[point..];
        var grouped = integer.Length < 5 ? integer : Group(integer).Replace(TypographicChars.NoBreakSpace, ',');
        return (number < 0 ? "-" : string.Empty) + grouped + fraction;
    }

    private static string Group(string digits)
    {
        if (digits.Length < 5)
        {
            return digits;
        }
        var text = new StringBuilder(digits.Length + (digits.Length / 3));
        for (var i = 0; i < digits.Length; i++)
        {
            if (i > 0 && (digits.Length - i) % 3 == 0)
            {
                text.Append(TypographicChars.NoBreakSpace);
            }
            text.Append(digits[i]);
        }
        return text.ToString();
    }
}
