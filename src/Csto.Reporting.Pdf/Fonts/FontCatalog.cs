using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Csto.Reporting.Fonts;

namespace Csto.Reporting.Pdf.Fonts;

/// <summary>
/// The loaded faces of font families (bundled or the user's), each loaded once while its family lives, and the
/// per-character fallback along a theme's chain. Fonts installed on the machine are never used.
/// </summary>
internal static class FontCatalog
{
    private static readonly ConditionalWeakTable<FontFamily, LoadedFont?[]> Faces = [];
    private static readonly ConditionalWeakTable<IReadOnlyList<FontFamily>, ConcurrentDictionary<(FontFamily, FontFace), LoadedFont>> Chains = [];
    private static readonly object Gate = new();

    /// <summary>The face of a family nearest to <paramref name="face"/> (<see cref="FontFamily.Nearest"/>), with no fallback.</summary>
    public static LoadedFont Get(FontFamily family, FontFace face)
    {
        ArgumentNullException.ThrowIfNull(family);
        var actual = family.Nearest(face);
        // A face once loaded never changes: found without the lock (layout asks for a face per run and paragraph).
        if (Faces.TryGetValue(family, out var known) && Volatile.Read(ref known[(int)actual]) is { } found)
        {
            return found;
        }
        lock (Gate)
        {
            var loaded = Faces.GetValue(family, static _ => new LoadedFont?[4]);
            if (loaded[(int)actual] is not { } font)
            {
                font = new LoadedFont(family, actual, family.Load(actual));
                Volatile.Write(ref loaded[(int)actual], font);
            }
            return font;
        }
    }

    /// <summary>
    /// The face of a family for bold and italic flags, falling back along <paramref name="fallbacks"/> (a theme's
    /// <see cref="Themes.Theme.FallbackFonts"/>) for characters it lacks.
    /// </summary>
    public static LoadedFont Get(FontFamily family, bool bold, bool italic, IReadOnlyList<FontFamily> fallbacks)
    {
        ArgumentNullException.ThrowIfNull(fallbacks);
        var face = FontFaces.Of(bold, italic);
        if (Chains.TryGetValue(fallbacks, out var known) && known.TryGetValue((family, face), out var found))
        {
            return found;
        }
        var bare = Get(family, face);
        lock (Gate)
        {
            var chain = Chains.GetValue(fallbacks, static _ => new());
            if (!chain.TryGetValue((family, face), out var font))
            {
                font = bare.WithFallbacks(face, fallbacks);
                chain.TryAdd((family, face), font);
            }
            return font;
        }
    }

    /// <summary>
    /// The face that draws a code point: <paramref name="font"/> itself when it has the glyph, otherwise the nearest
    /// face of the first family of its fallback chain that has it; null when none has it. Always a face without a chain.
    /// </summary>
    public static LoadedFont? ForCodepoint(LoadedFont font, int codepoint)
    {
        if (font.Covers(codepoint))
        {
            return font.Bare;
        }
        foreach (var family in font.Fallbacks)
        {
            var candidate = Get(family, font.RequestedFace);
            if (candidate.Covers(codepoint))
            {
                return candidate;
            }
        }
        return null;
    }
}
