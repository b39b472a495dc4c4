using System.Text;
using Csto.Reporting.Caching;
using Csto.Reporting.Pdf.Fonts;
using HarfBuzzSharp;

namespace Csto.Reporting.Pdf.Text;

/// <summary>
/// Shapes words with HarfBuzz and caches the result per (face, features, text). Shaping word by word, not
/// paragraph by paragraph, is what makes layout fast: running text repeats its words. The cache is bounded by
/// generations (<see cref="GenerationalCache{TKey, TValue}"/>): words in use stay, words no longer met are dropped,
/// so memory stays flat on long documents without losing the working set.
/// </summary>
internal static class TextShaper
{
    private const int CacheGeneration = 30_000;
    private static readonly GenerationalCache<ShapeKey, ShapedText> Cache = new(CacheGeneration);
    private static readonly Feature[] NoKerning = [Feature.Parse("-kern")];
    private static readonly Feature[] NoLigatures = [Feature.Parse("-liga"), Feature.Parse("-clig")];
    private static readonly Feature[] Neither = [Feature.Parse("-kern"), Feature.Parse("-liga"), Feature.Parse("-clig")];
    private static readonly Feature[] Both = [];

    [ThreadStatic]
    private static HarfBuzzSharp.Buffer? buffer;

    /// <summary>Shapes <paramref name="text"/> in <paramref name="font"/>, falling back along its chain for missing glyphs.</summary>
    /// <exception cref="MissingGlyphException">No font of the chain has a glyph for one of the characters.</exception>
    public static ShapedText Shape(LoadedFont font, string text, bool kerning, bool ligatures)
    {
        var key = new ShapeKey(font, kerning, ligatures, text);
        if (Cache.TryGet(key, out var cached))
        {
            return cached;
        }
        var features = (kerning, ligatures) switch
        {
            (true, true) => Both,
            (true, false) => NoLigatures,
            (false, true) => NoKerning,
            _ => Neither,
        };
        var shaped = ShapeUncached(font, text, features);
        Cache.Add(key, shaped);
        return shaped;
    }

    private static ShapedText ShapeUncached(LoadedFont font, string text, Feature[] features)
    {
        var run = ShapeRun(font.Bare, text, features);
        if (Array.IndexOf(run.Glyphs, (ushort)0) < 0)
        {
            return new ShapedText([run]);
        }
        // Some characters are missing: split the text into runs of characters one font covers.
        var runs = new List<ShapedRun>();
        var start = 0;
        LoadedFont? current = null;
        for (var i = 0; i < text.Length;)
        {
            var codepoint = char.ConvertToUtf32(text, i);
            var length = char.IsSurrogatePair(text, i) ? 2 : 1;
            var face = FontCatalog.ForCodepoint(font, codepoint) ?? throw new MissingGlyphException(codepoint, text);
            if (current is not null && face != current)
            {
                runs.Add(ShapeRun(current, text[start..i], features));
                start = i;
            }
            current = face;
            i += length;
        }
        runs.Add(ShapeRun(current!, text[start..], features));
        return new ShapedText([.. runs]);
    }

    private static ShapedRun ShapeRun(LoadedFont font, string text, Feature[] features)
    {
        var utf8 = Encoding.UTF8.GetBytes(text);
        var hb = buffer ??= new HarfBuzzSharp.Buffer();
        hb.ClearContents();
        hb.AddUtf8(utf8);
        hb.GuessSegmentProperties();
        font.Shaper.Shape(hb, features);
        var infos = hb.GetGlyphInfoSpan();
        var positions = hb.GetGlyphPositionSpan();
        var count = infos.Length;
        var glyphs = new ushort[count];
        var xs = new float[count];
        var clusters = new uint[count];
        var scale = 1f / font.UnitsPerEm;
        var x = 0;
        for (var i = 0; i < count; i++)
        {
            glyphs[i] = (ushort)infos[i].Codepoint;
            clusters[i] = infos[i].Cluster;
            xs[i] = (x + positions[i].XOffset) * scale;
            x += positions[i].XAdvance;
        }
        return new ShapedRun(font, glyphs, xs, x * scale, utf8, clusters);
    }

    /// <summary>
    /// A key of the shaping cache. A struct of its own rather than a tuple: a tuple of references is shared generic
    /// code that compares and hashes each field through run-time lookups, on every word (a visible cost in start-up
    /// profiles); a record struct's members are compiled for its fields' types.
    /// </summary>
    private readonly record struct ShapeKey(LoadedFont Font, bool Kerning, bool Ligatures, string Text);
}
