using System.Collections.Frozen;

namespace Csto.Reporting.Typography;

/// <summary>A set of short words written as alternatives («в|к|с»), looked up by span without allocating.</summary>
internal sealed class WordList
{
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> words;

    /// <summary>Reads the words from <paramref name="alternatives"/>, separated by '|'.</summary>
    public WordList(string alternatives)
    {
        var list = alternatives.Split('|');
        words = list.ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
        Longest = list.Max(w => w.Length);
    }

    /// <summary>The length of the longest word.</summary>
    public int Longest { get; }

    /// <summary>True when <paramref name="word"/> is one of the words, letter case included.</summary>
    public bool Contains(ReadOnlySpan<char> word) => word.Length <= Longest && words.Contains(word);
}
