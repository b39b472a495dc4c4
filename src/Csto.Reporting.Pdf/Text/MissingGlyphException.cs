namespace Csto.Reporting.Pdf.Text;

/// <summary>No bundled font has a glyph for a character; raised by the shaper and turned into an input error with context.</summary>
internal sealed class MissingGlyphException(int codepoint)
    : Exception($"No bundled font has a glyph for U+{codepoint:X4}.")
{
    /// <summary>The code point without a glyph.</summary>
    public int Codepoint { get; } = codepoint;
}
