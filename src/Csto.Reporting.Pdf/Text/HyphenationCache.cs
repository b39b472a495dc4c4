using Csto.Reporting.Hyphenation;

namespace Csto.Reporting.Pdf.Text;

/// <summary>Remembers the hyphenation points of words during one rendering (both layout passes ask for the same words).</summary>
internal sealed class HyphenationCache(IHyphenator hyphenator, string language)
{
    private const int Limit = 50_000;
    private readonly Dictionary<string, IReadOnlyList<int>> points = new(StringComparer.Ordinal);

    /// <summary>The offsets inside <paramref name="word"/> before which it may be hyphenated.</summary>
    public IReadOnlyList<int> Points(string word)
    {
        if (word.Length < 4)
        {
            return [];
        }
        if (!points.TryGetValue(word, out var result))
        {
            if (points.Count >= Limit)
            {
                points.Clear();
            }
            result = hyphenator.HyphenationPoints(word, language);
            points.Add(word, result);
        }
        return result;
    }
}
