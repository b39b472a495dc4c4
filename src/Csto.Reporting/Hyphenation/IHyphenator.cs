namespace Csto.Reporting.Hyphenation;

/// <summary>Finds the places where a word may be broken at the end of a line.</summary>
public interface IHyphenator
{
    /// <summary>
    /// Returns the offsets inside <paramref name="word"/> before which a hyphen may be placed, ascending; empty when
    /// the word must not be broken (too short, a number, an abbreviation in capitals, a word with a hyphen).
    /// </summary>
    /// <param name="word">One word, without surrounding punctuation.</param>
    /// <param name="language">A BCP 47 tag such as <c>ru-RU</c> or <c>en-US</c>; the word's script decides when the tag does not match it.</param>
    IReadOnlyList<int> HyphenationPoints(string word, string language);
}
