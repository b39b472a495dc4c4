namespace Csto.Reporting.Pdf.Text;

/// <summary>Rendering-wide settings of the typesetter.</summary>
/// <param name="Kerning">Whether the shaper kerns.</param>
/// <param name="Ligatures">Whether the shaper forms standard ligatures.</param>
/// <param name="Hyphenation">The hyphenation points of words; null to never hyphenate.</param>
/// <param name="SourceName">The name of the document in error messages.</param>
/// <param name="GlyphExpansion">The most a justified line's glyphs may be scaled horizontally, as a share of their width (0.02 = ±2 %); 0 for none.</param>
internal sealed record TypesetOptions(bool Kerning, bool Ligatures, HyphenationCache? Hyphenation, string SourceName, float GlyphExpansion = 0);
