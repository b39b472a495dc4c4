using System.Runtime.CompilerServices;
using SkiaSharp;

namespace Csto.Reporting.Fonts;

/// <summary>
/// Which characters a font family can draw, read from the <c>cmap</c> of its regular face (nearest face) through
/// Skia, each family's face loaded once while the family lives. Used to check a document's characters before any
/// writer runs; the PDF layout's own per-glyph fallback stays the authority for drawing.
/// </summary>
internal static class FontCoverage
{
    private static readonly ConditionalWeakTable<FontFamily, SKTypeface> Typefaces = [];

    /// <summary>Whether <paramref name="family"/>'s regular face (or its nearest face) has a glyph for <paramref name="codepoint"/>.</summary>
    public static bool Covers(FontFamily family, int codepoint) =>
        Typefaces.GetValue(family, static f =>
        {
            using var data = SKData.CreateCopy(f.Load(FontFace.Regular).Span);
            return SKTypeface.FromData(data)
                ?? throw new InvalidDataException($"The font '{f.SourceOf(FontFace.Regular)}' cannot be read.");
        }).ContainsGlyph(codepoint);

    /// <summary>Whether the first family or one of its <paramref name="fallbacks"/> has a glyph for <paramref name="codepoint"/>.</summary>
    public static bool Covers(FontFamily family, IReadOnlyList<FontFamily> fallbacks, int codepoint) =>
        Covers(family, codepoint) || fallbacks.Any(f => Covers(f, codepoint));
}
