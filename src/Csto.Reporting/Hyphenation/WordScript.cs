namespace Csto.Reporting.Hyphenation;

/// <summary>Decides which patterns a word takes from the letters it is made of.</summary>
internal static class WordScript
{
    /// <summary>The script of a word.</summary>
    public enum Kind
    {
        /// <summary>Not hyphenated: digits, hyphens, other symbols, mixed scripts.</summary>
        None,
        /// <summary>Russian letters only.</summary>
        Cyrillic,
        /// <summary>Latin letters only (an apostrophe inside is allowed).</summary>
        Latin,
    }

    /// <summary>The script of <paramref name="word"/>.</summary>
    public static Kind Of(string word)
    {
        bool cyrillic = false, latin = false;
        for (var i = 0; i < word.Length; i++)
        {
            var c = word[i];
            if (c is >= 'а' and <= 'я' or >= 'А' and <= 'Я' or 'ё' or 'Ё')
            {
                cyrillic = true;
            }
            else if (char.IsAsciiLetter(c))
            {
                latin = true;
            }
            else if (c is '\'' or '’' && i > 0 && i < word.Length - 1)
            {
                latin = true;
            }
            else
            {
                return Kind.None;
            }
        }
        return (cyrillic, latin) switch
        {
            (true, false) => Kind.Cyrillic,
            (false, true) => Kind.Latin,
            _ => Kind.None,
        };
    }
}
