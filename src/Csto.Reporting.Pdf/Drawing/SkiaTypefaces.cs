using System.Runtime.CompilerServices;
using Csto.Reporting.Pdf.Fonts;
using SkiaSharp;

namespace Csto.Reporting.Pdf.Drawing;

/// <summary>
/// The Skia typeface that draws a loaded face on PNG pages, made from the face's font file the first time a page
/// draws it and kept as long as the face lives (faces live as long as their family, see <see cref="FontCatalog"/>).
/// </summary>
internal static class SkiaTypefaces
{
    private static readonly ConditionalWeakTable<LoadedFont, SKTypeface> Typefaces = [];

    /// <summary>The typeface of <paramref name="font"/>'s file (its bare face: one typeface per file).</summary>
    /// <exception cref="InvalidOperationException">Skia cannot read the font file.</exception>
    public static SKTypeface Of(LoadedFont font) =>
        Typefaces.GetValue(font.Bare, static bare =>
        {
            using var data = SKData.CreateCopy(bare.Family.Load(bare.Face).Span);
            return SKTypeface.FromData(data)
                ?? throw new InvalidOperationException($"The font {bare} could not be read by Skia.");
        });
}
