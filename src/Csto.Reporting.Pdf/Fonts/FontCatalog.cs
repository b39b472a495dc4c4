using Csto.Reporting.Fonts;

namespace Csto.Reporting.Pdf.Fonts;

/// <summary>
/// The process-wide cache of loaded bundled faces. Fonts come only from <see cref="BundledFonts"/>, never from the
/// machine, and each face is loaded once.
/// </summary>
internal static class FontCatalog
{
    private static readonly Dictionary<(string Prefix, FontFace Face), LoadedFont> Loaded = [];
    private static readonly Lock Gate = new();

    /// <summary>Returns one face of a bundled family, loading it on first use.</summary>
    public static LoadedFont Get(FontFamily family, FontFace face)
    {
        lock (Gate)
        {
            if (!Loaded.TryGetValue((family.FilePrefix, face), out var font))
            {
                font = new LoadedFont(family, face, BundledFonts.Load(family, face));
                Loaded.Add((family.FilePrefix, face), font);
            }
            return font;
        }
    }

    /// <summary>The face of a family for bold and italic flags.</summary>
    public static LoadedFont Get(FontFamily family, bool bold, bool italic) =>
        Get(family, (bold, italic) switch
        {
            (true, true) => FontFace.BoldItalic,
            (true, false) => FontFace.Bold,
            (false, true) => FontFace.Italic,
            _ => FontFace.Regular,
        });

    /// <summary>
    /// The face that draws a code point: <paramref name="preferred"/> when it has the glyph, otherwise the same face of
    /// the first bundled family that has it; null when no bundled font has it.
    /// </summary>
    public static LoadedFont? ForCodepoint(LoadedFont preferred, int codepoint)
    {
        if (preferred.Covers(codepoint))
        {
            return preferred;
        }
        foreach (var family in BundledFonts.Families)
        {
            var candidate = Get(family, preferred.Face);
            if (candidate.Covers(codepoint))
            {
                return candidate;
            }
        }
        return null;
    }
}
