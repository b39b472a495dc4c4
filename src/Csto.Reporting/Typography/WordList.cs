namespace Csto.Reporting.Typography;

/// <summary>
/// A set of short words written as alternatives («в|к|с»), looked up by span without allocating. A word of up to
/// four characters packs into one 64-bit key, so a lookup is a comparison of numbers.
/// </summary>
internal sealed class WordList
{
    private const int MaxLength = sizeof(ulong) / sizeof(char);

    private readonly ulong[] keys;

    /// <summary>Reads the words from <paramref name="alternatives"/>, separated by '|'.</summary>
    public WordList(string alternatives)
    {
        var words = alternatives.Split('|');
        if (words.Any(w => w.Length is 0 or > MaxLength || w.Contains('\0', StringComparison.Ordinal)))
        {
            throw new ArgumentException($"Each word must have 1 to {MaxLength} characters and no NUL.", nameof(alternatives));
        }
        keys = words.Select(w => Key(w)).ToArray();
        Longest = words.Max(w => w.Length);
    }

    /// <summary>The length of the longest word.</summary>
    public int Longest { get; }

    /// <summary>True when <paramref name="word"/> is one of the words, letter case included.</summary>
    public bool Contains(ReadOnlySpan<char> word)
    {
        if (word.Length == 0 || word.Length > Longest)
        {
            return false;
        }
        var key = Key(word);
        foreach (var candidate in keys)
        {
            if (candidate == key)
            {
                return true;
            }
        }
        return false;
    }

    private static ulong Key(ReadOnlySpan<char> word)
    {
        var key = 0UL;
        for (var i = 0; i < word.Length; i++)
        {
            key |= (ulong)word[i] << (16 * i);
        }
        return key;
    }
}
