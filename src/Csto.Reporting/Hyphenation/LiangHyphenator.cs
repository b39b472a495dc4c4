using Csto.Reporting.Caching;

namespace Csto.Reporting.Hyphenation;

/// <summary>
/// Hyphenation by Liang's algorithm with the bundled TeX patterns: Russian (<c>hyph_ru_RU.dic</c>, KOI8-R) and
/// English (<c>hyph_en_US.dic</c>, UTF-8). The word's script picks the patterns (a Latin word in a Russian
/// document gets English patterns). No points are given for words with a hyphen, digits or other non-letters,
/// words in capitals (abbreviations such as «ОДКБ»), or words mixing scripts. At least two letters stay on each
/// side of a break (three at the end of an English word, as its pattern file asks), and a Russian break never
/// falls right before «ь», «ъ» or «й». Matching ignores case and treats «ё» as «е». Thread-safe; patterns are
/// parsed once on first use and results cached per word (about the 100 000 most recently used words, see
/// <see cref="GenerationalCache{TKey, TValue}"/>).
/// </summary>
public sealed class LiangHyphenator : IHyphenator
{
    private const int CacheGeneration = 50_000;
    private static readonly Lazy<LiangHyphenator> Shared = new(() => new LiangHyphenator(), LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly Lazy<PatternSet> russian = new(() => Load("hyph_ru_RU.dic", 2, 2), LazyThreadSafetyMode.ExecutionAndPublication);
    private readonly Lazy<PatternSet> english = new(() => Load("hyph_en_US.dic", 2, 2), LazyThreadSafetyMode.ExecutionAndPublication);
    private readonly GenerationalCache<string, int[]> cache = new(CacheGeneration, StringComparer.Ordinal);

    /// <summary>Creates a hyphenator with its own pattern tries and cache; prefer the shared <see cref="Default"/>.</summary>
    public LiangHyphenator()
    {
    }

    /// <summary>The shared instance.</summary>
    public static LiangHyphenator Default => Shared.Value;

    /// <inheritdoc />
    public IReadOnlyList<int> HyphenationPoints(string word, string language)
    {
        ArgumentNullException.ThrowIfNull(word);
        if (word.Length < 4)
        {
            return [];
        }
        if (cache.TryGet(word, out var cached))
        {
            return cached;
        }
        var points = Compute(word);
        cache.Add(word, points);
        return points;
    }

    private int[] Compute(string word)
    {
        var script = WordScript.Of(word);
        var patterns = script switch
        {
            WordScript.Kind.Cyrillic => russian.Value,
            WordScript.Kind.Latin => english.Value,
            _ => null,
        };
        if (patterns is null || IsAllCapitals(word))
        {
            return [];
        }
        var padded = string.Create(word.Length + 2, word, static (span, w) =>
        {
            span[0] = '.';
            span[^1] = '.';
            for (var i = 0; i < w.Length; i++)
            {
                var c = char.ToLowerInvariant(w[i]);
                span[i + 1] = c switch { 'ё' => 'е', '’' => '\'', _ => c };
            }
        });
        var values = patterns.Values(padded);
        var points = new List<int>();
        for (var i = patterns.LeftMin; i <= word.Length - patterns.RightMin; i++)
        {
            // values[k] sits before padded[k]; the break before word[i] is before padded[i + 1].
            if (values[i + 1] % 2 == 1 && !(script == WordScript.Kind.Cyrillic && IsNeverLineStart(word[i])))
            {
                points.Add(i);
            }
        }
        return points.ToArray();
    }

    private static bool IsNeverLineStart(char c) => char.ToLowerInvariant(c) is 'ь' or 'ъ' or 'й';

    private static bool IsAllCapitals(string word) => word.All(c => !char.IsLetter(c) || char.IsUpper(c));

    private static PatternSet Load(string file, int leftMin, int rightMin)
    {
        var name = "Csto.Reporting.Hyphenation." + file;
        using var stream = typeof(LiangHyphenator).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"The hyphenation patterns '{name}' are not embedded in Csto.Reporting.");
        var bytes = new byte[stream.Length];
        stream.ReadExactly(bytes);
        return PatternSet.Parse(bytes, leftMin, rightMin);
    }
}
