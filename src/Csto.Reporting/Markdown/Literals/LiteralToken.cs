using System.Text;

namespace Csto.Reporting.Markdown.Literals;

/// <summary>
/// The reserved form of a printed value inside generated Markdown: U+FDD0, the value's index in base 16 written
/// with U+FDE0–U+FDEF, then U+FDD1. These are Unicode noncharacters, which no input may contain (inputs are
/// checked when read, and <see cref="Strip"/> removes them from values), so data can never forge a token; and
/// Markdown gives them no meaning, so a token never starts, ends or splits a block or an inline.
/// </summary>
internal static class LiteralToken
{
    /// <summary>Opens a token.</summary>
    public const char Open = '\uFDD0';

    /// <summary>Closes a token.</summary>
    public const char Close = '\uFDD1';

    private const char ZeroDigit = '\uFDE0';

    /// <summary>Whether <paramref name="c"/> is one of the characters tokens are made of (U+FDD0–U+FDEF).</summary>
    public static bool IsReserved(char c) => c is >= '\uFDD0' and <= '\uFDEF';

    /// <summary>Appends the token of value number <paramref name="index"/>.</summary>
    public static void Write(StringBuilder output, int index)
    {
        output.Append(Open);
        var digits = index == 0 ? 1 : (int)Math.Floor(Math.Log(index, 16)) + 1;
        for (var shift = (digits - 1) * 4; shift >= 0; shift -= 4)
        {
            output.Append((char)(ZeroDigit + ((index >> shift) & 0xF)));
        }
        output.Append(Close);
    }

    /// <summary>
    /// Reads a token at <paramref name="start"/> of <paramref name="text"/>: its value index and its length; false
    /// when no well-formed token starts there.
    /// </summary>
    public static bool TryRead(ReadOnlySpan<char> text, int start, out int index, out int length)
    {
        index = 0;
        length = 0;
        if (start >= text.Length || text[start] != Open)
        {
            return false;
        }
        var i = start + 1;
        while (i < text.Length && text[i] is >= ZeroDigit and <= '\uFDEF' && i - start <= 7)
        {
            index = (index << 4) | (text[i] - ZeroDigit);
            i++;
        }
        if (i == start + 1 || i >= text.Length || text[i] != Close)
        {
            return false;
        }
        length = i + 1 - start;
        return true;
    }

    /// <summary><paramref name="text"/> without the reserved characters.</summary>
    public static string Strip(string text)
    {
        if (!text.AsSpan().ContainsAnyInRange('\uFDD0', '\uFDEF'))
        {
            return text;
        }
        var output = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (!IsReserved(c))
            {
                output.Append(c);
            }
        }
        return output.ToString();
    }

    /// <summary>
    /// <paramref name="text"/> with every token replaced by its value from <paramref name="values"/> (a token of an
    /// unknown index is dropped): the text as printed, for places that take raw text such as code or a link target.
    /// </summary>
    public static string Expand(string text, IReadOnlyList<string> values)
    {
        if (text.IndexOf(Open, StringComparison.Ordinal) < 0)
        {
            return text;
        }
        var output = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (TryRead(text, i, out var index, out var length))
            {
                if (index < values.Count)
                {
                    output.Append(values[index]);
                }
                i += length - 1;
            }
            else
            {
                output.Append(text[i]);
            }
        }
        return output.ToString();
    }
}
