namespace Csto.Reporting.Pdf.Text;

/// <summary>
/// No font of the theme (its own families and its fallback chain) has a glyph for a character. The shaper raises it with the text it was shaping; a caller that
/// knows more (the whole paragraph) may raise it again with that text. It never leaves the renderer: the layout
/// passes turn it into the public <see cref="Diagnostics.MissingGlyphException"/> in one place, <see cref="ToInputException"/>.
/// </summary>
internal sealed class MissingGlyphException(int codepoint, string text)
    : Exception($"No font of the theme or its fallback chain has a glyph for U+{codepoint:X4}.")
{
    private const int ContextLength = 20;

    /// <summary>The code point without a glyph.</summary>
    public int Codepoint { get; } = codepoint;

    /// <summary>The text the code point was found in.</summary>
    public string Text { get; } = text;

    /// <summary>The same missing code point, found in the larger <paramref name="text"/>.</summary>
    public MissingGlyphException InText(string text) => new(Codepoint, text);

    /// <summary>The input error shown to the user: the character, its code point and the text around it.</summary>
    public Diagnostics.MissingGlyphException ToInputException(string sourceName)
    {
        var symbol = char.ConvertFromUtf32(Codepoint);
        var at = Text.IndexOf(symbol, StringComparison.Ordinal);
        var context = at < 0
            ? Text
            : Text[Math.Max(0, at - ContextLength)..Math.Min(Text.Length, at + symbol.Length + ContextLength)];
        return new Diagnostics.MissingGlyphException(sourceName, Codepoint, context);
    }
}
