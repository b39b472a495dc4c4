using Csto.Reporting.Typography;

namespace Csto.Reporting.Pdf.Text;

/// <summary>How a word breaks at one of its break points.</summary>
internal enum WordBreakKind : byte
{
    /// <summary>At a hyphenation point or soft hyphen: a hyphen is drawn.</summary>
    Hyphen,

    /// <summary>At a hyphenation point of a capitalised word (a surname, a name): a hyphen is drawn, at a higher cost.</summary>
    CapitalisedHyphen,

    /// <summary>After an explicit hyphen or dash between letters or digits: nothing is added.</summary>
    AfterDash,

    /// <summary>Inside a long token (URL, e-mail, path, identifier): after «/», before «.», «?», «&amp;», «=», «-»; nothing is added.</summary>
    LongToken,
}

/// <summary>
/// Where a word may break at a line end. A long token — a URL, an e-mail address, a path, an identifier such as
/// «ОДКБ/СКБ/2025/11/27» (anything with «/», «\», «@» or «://») or a bare domain name such as «президент.рф» —
/// breaks only after «/» and «\» and before «.», «?», «&amp;», «=» and «-» that are followed by a letter or digit,
/// never with a hyphen. Another word breaks at soft hyphens (the author has chosen: then nowhere else), after explicit
/// hyphens and dashes between letters or digits (inside a range of numbers or Roman numerals only at a high cost), and
/// at the hyphenation points of its letters — unless it holds a digit. The Russian rules for the points themselves
/// (two letters either side, no abbreviations in capitals) are the hyphenator's.
/// </summary>
internal static class WordBreaks
{
    /// <summary>The break points of <paramref name="text"/>, ascending by offset.</summary>
    public static List<(int Offset, WordBreakKind Kind)> Find(string text, IReadOnlyList<int> softHyphens, HyphenationCache? hyphenation)
    {
        var result = new List<(int, WordBreakKind)>();
        Find(text, softHyphens, hyphenation, result);
        return result;
    }

    /// <summary>Puts the break points of <paramref name="text"/>, ascending by offset, into <paramref name="result"/> (cleared first).</summary>
    public static void Find(string text, IReadOnlyList<int> softHyphens, HyphenationCache? hyphenation, List<(int Offset, WordBreakKind Kind)> result)
    {
        result.Clear();
        if (IsLongToken(text))
        {
            for (var i = 1; i < text.Length - 1; i++)
            {
                if (text[i - 1] is '/' or '\\' && text[i] is not '/' and not '\\')
                {
                    result.Add((i, WordBreakKind.LongToken));
                }
                else if (text[i] is '.' or '?' or '&' or '=' or '-' && char.IsLetterOrDigit(text[i + 1]) && text[i - 1] is not '/' and not '\\')
                {
                    result.Add((i, WordBreakKind.LongToken));
                }
            }
            return;
        }
        foreach (var soft in softHyphens)
        {
            if (soft > 0 && soft < text.Length)
            {
                result.Add((soft, WordBreakKind.Hyphen));
            }
        }
        for (var i = 1; i < text.Length - 1; i++)
        {
            // A range of numbers or Roman numerals («2024–2025», «XX–XXI») is never broken at its dash, as the DOCX's
            // word joiner keeps it there too.
            if (text[i] is '-' or '\u2010' or '\u2013' or '\u2014' && char.IsLetterOrDigit(text[i - 1]) && char.IsLetterOrDigit(text[i + 1])
                && !RangeDash.JoinsRange(text, i))
            {
                result.Add((i + 1, WordBreakKind.AfterDash));
            }
        }
        if (hyphenation is { } cache && softHyphens.Count == 0 && !HasDigit(text))
        {
            for (var i = 0; i < text.Length;)
            {
                if (!char.IsLetter(text[i]))
                {
                    i++;
                    continue;
                }
                var end = i;
                while (end < text.Length && char.IsLetter(text[end]))
                {
                    end++;
                }
                var kind = char.IsUpper(text[i]) ? WordBreakKind.CapitalisedHyphen : WordBreakKind.Hyphen;
                foreach (var point in cache.Points(text[i..end]))
                {
                    result.Add((i + point, kind));
                }
                i = end;
            }
        }
        if (result.Count < 2)
        {
            return;
        }
        result.Sort((a, b) => a.Offset.CompareTo(b.Offset));
        for (var i = result.Count - 1; i > 0; i--)
        {
            if (result[i].Offset == result[i - 1].Offset)
            {
                result.RemoveAt(i);
            }
        }
    }

    private static bool HasDigit(string text)
    {
        foreach (var c in text)
        {
            if (char.IsDigit(c))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// Whether <paramref name="text"/> is a URL, e-mail address, path, slash-separated identifier or bare domain name
    /// (<see cref="IsDomainName"/>).
    /// </summary>
    public static bool IsLongToken(string text) =>
        text.Length > 2 && (text.Contains("://", StringComparison.Ordinal) || text.StartsWith("www.", StringComparison.OrdinalIgnoreCase)
            || text.AsSpan(1, text.Length - 2).IndexOfAny('/', '\\', '@') >= 0 || IsDomainName(text));

    /// <summary>
    /// Whether <paramref name="text"/>, without the punctuation around it («(», «», a sentence's full stop, a comma), is
    /// a bare domain name such as «президент.рф», «минобороны.рф», «en.odkb-csto.org»: labels of letters, digits and
    /// inner hyphens joined by dots, the last one a top-level domain — two or more lowercase Latin letters
    /// («org», «ru», «kz»), or one of the Cyrillic top-level domains in the IANA root zone («рф», «рус», «бел», «қаз»,
    /// «укр», «срб», «мкд», «мон», «бг», «ею», «орг», «ком», «сайт», «онлайн», «москва», «дети», «католик»).
    /// Abbreviations («т.е.», «и.о.», «U.S.A.») have one-letter or capital last labels and are not domain names; a
    /// Cyrillic last label outside the list («тыс.руб.») is not either.
    /// </summary>
    public static bool IsDomainName(string text)
    {
        var span = text.AsSpan();
        while (span.Length > 0 && !char.IsLetterOrDigit(span[0]))
        {
            span = span[1..];
        }
        while (span.Length > 0 && !char.IsLetterOrDigit(span[^1]))
        {
            span = span[..^1];
        }
        var lastDot = span.LastIndexOf('.');
        if (lastDot <= 0 || !IsTopLevelDomain(span[(lastDot + 1)..]))
        {
            return false;
        }
        foreach (var label in span[..lastDot].ToString().Split('.'))
        {
            if (label.Length == 0 || !char.IsLetterOrDigit(label[0]) || !char.IsLetterOrDigit(label[^1]))
            {
                return false;
            }
            foreach (var c in label)
            {
                if (!char.IsLetterOrDigit(c) && c != '-')
                {
                    return false;
                }
            }
        }
        return true;
    }

    private static bool IsTopLevelDomain(ReadOnlySpan<char> label)
    {
        if (label.Length < 2)
        {
            return false;
        }
        var latin = true;
        foreach (var c in label)
        {
            latin &= c is >= 'a' and <= 'z';
        }
        return latin || label switch
        {
            "рф" or "рус" or "бел" or "қаз" or "укр" or "срб" or "мкд" or "мон" or "бг" or "ею" or "орг" or "ком" or "сайт"
                or "онлайн" or "москва" or "дети" or "католик" => true,
            _ => false,
        };
    }
}
