using System.Text;
using Csto.Reporting.Diagnostics;
using Csto.Reporting.Documents;
using Csto.Reporting.Documents.Printing;
using Csto.Reporting.Pdf.Fonts;
using Csto.Reporting.Themes;

namespace Csto.Reporting.Pdf.Text;

/// <summary>
/// The characters of a document the layout cannot set, all of them, before anything is laid out: characters no
/// font of the theme's chain (its body font, then <see cref="Theme.FallbackFonts"/>) has a glyph for, and letters of
/// right-to-left scripts, which the layout would set in reversed order (there is no bidirectional layout yet).
/// </summary>
internal static class CharacterCoverage
{
    /// <summary>The unsupported characters in order of first appearance in the document's text.</summary>
    public static IReadOnlyList<UnsupportedCharacter> Unsupported(ReportDocument document, Theme theme)
    {
        var font = FontCatalog.Get(theme.BodyFont, bold: false, italic: false, theme.FallbackFonts);
        var found = new List<UnsupportedCharacter>();
        var seen = new HashSet<Rune>();
        // The tree's text dump holds every string of the document (metadata, blocks, cells, footnotes) once.
        foreach (var rune in DocumentTreePrinter.Print(document).EnumerateRunes())
        {
            if (rune.Value < 0x80 || !seen.Add(rune))
            {
                continue;
            }
            if (IsRightToLeft(rune.Value))
            {
                found.Add(new UnsupportedCharacter(rune,
                    "right-to-left scripts (Hebrew, Arabic, …) cannot be set yet; transliterate the text or give it as a picture."));
            }
            else if (FontCatalog.ForCodepoint(font, rune.Value) is null)
            {
                found.Add(new UnsupportedCharacter(rune,
                    "no font of the theme or its fallback chain has a glyph for it; use another character, remove it or add a font that has it (--font-dir, Theme.WithFallbackFonts)."));
            }
        }
        return found;
    }

    /// <summary>
    /// Letters and marks of the right-to-left blocks: Hebrew, Arabic and its supplements and presentation forms,
    /// Syriac, Thaana, N'Ko, Samaritan, Mandaic, and the historic scripts of the SMP's right-to-left range.
    /// </summary>
    public static bool IsRightToLeft(int codepoint) => codepoint is
        (>= 0x0590 and <= 0x08FF)
        or (>= 0xFB1D and <= 0xFDFF)
        or (>= 0xFE70 and <= 0xFEFE)
        or (>= 0x10800 and <= 0x10FFF)
        or (>= 0x1E800 and <= 0x1EFFF);
}
