using Csto.Reporting.Caching;
using Csto.Reporting.Hyphenation;

namespace Csto.Reporting.Pdf.Text;

/// <summary>
/// The hyphenation points of words during one rendering, for the document's language. The bundled
/// <see cref="LiangHyphenator"/> keeps its own process-wide cache, so it is asked directly; only another
/// <see cref="IHyphenator"/> (which may be slow and need not cache) gets a cache here, for the rendering's passes.
/// </summary>
internal sealed class HyphenationCache(IHyphenator hyphenator, string language)
{
    private const int CacheGeneration = 25_000;

    /// <summary>The hyphenator asked for the points.</summary>
    public IHyphenator Hyphenator => hyphenator;

    /// <summary>The language of the words (BCP 47).</summary>
    public string Language => language;

    private readonly GenerationalCache<string, IReadOnlyList<int>>? points =
        hyphenator is LiangHyphenator ? null : new(CacheGeneration, StringComparer.Ordinal);

    /// <summary>The offsets inside <paramref name="word"/> before which it may be hyphenated.</summary>
    public IReadOnlyList<int> Points(string word)
    {
        if (word.Length < 4)
        {
            return [];
        }
        if (points is null)
        {
            return hyphenator.HyphenationPoints(word, language);
        }
        if (!points.TryGet(word, out var result))
        {
            result = hyphenator.HyphenationPoints(word, language);
            points.Add(word, result);
        }
        return result;
    }
}
