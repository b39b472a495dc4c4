namespace Csto.Reporting.Pdf.Text;

/// <summary>
/// Where a word may break at a line end: at soft hyphens (with a hyphen drawn), after explicit hyphens and dashes
/// between letters or digits (nothing added), and at the hyphenation points of each run of letters (with a hyphen).
/// A word with soft hyphens is broken only there: the author has chosen.
/// </summary>
internal static class WordBreaks
{
    /// <summary>The break offsets of <paramref name="text"/>, ascending; <c>Hyphen</c> is true where a hyphen is drawn.</summary>
    public static List<(int Offset, bool Hyphen)> Find(string text, IReadOnlyList<int> softHyphens, HyphenationCache? hyphenation)
    {
        var result = new List<(int, bool)>();
        foreach (var soft in softHyphens)
        {
            if (soft > 0 && soft < text.Length)
            {
                result.Add((soft, true));
            }
        }
        for (var i = 1; i < text.Length - 1; i++)
        {
            if (text[i] is '-' or '\u2010' or '\u2013' or '\u2014' && char.IsLetterOrDigit(text[i - 1]) && char.IsLetterOrDigit(text[i + 1]))
            {
                result.Add((i + 1, false));
            }
        }
        if (hyphenation is { } cache && softHyphens.Count == 0)
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
                // Only whole letter runs: never inside a mixture of letters and digits such as «2025-го».
                var bounded = (i == 0 || !char.IsDigit(text[i - 1])) && (end == text.Length || !char.IsDigit(text[end]));
                if (bounded)
                {
                    foreach (var point in cache.Points(text[i..end]))
                    {
                        result.Add((i + point, true));
                    }
                }
                i = end;
            }
        }
        result.Sort((a, b) => a.Item1.CompareTo(b.Item1));
        for (var i = result.Count - 1; i > 0; i--)
        {
            if (result[i].Item1 == result[i - 1].Item1)
            {
                result.RemoveAt(i);
            }
        }
        return result;
    }

}
