using System.Globalization;

namespace Csto.Reporting.Diagnostics;

/// <summary>
/// Thrown by the PDF and PNG renderers (and the DOCX renderer when it asks the PDF layout for page numbers or column
/// widths) when no font of the theme — its own families, the user's fonts and its fallback chain — has a glyph for a
/// character of the document. An input problem like any other (<see cref="ReportInputException.Problems"/> holds one,
/// naming the character, its code point and the text around it); the cure is another character, or a font that has it
/// (<c>Theme.WithFallbackFonts</c>, <c>CstoReportingOptions.Fonts</c>, the console's <c>--font-dir</c>).
/// </summary>
public sealed class MissingGlyphException : ReportInputException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="source">The input the document came from (a file name or a document title).</param>
    /// <param name="codepoint">The Unicode scalar value without a glyph.</param>
    /// <param name="context">The text around the character, up to 20 characters either side.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="codepoint"/> is not a Unicode scalar value.</exception>
    public MissingGlyphException(string source, int codepoint, string context)
        : base(new InputProblem(source ?? throw new ArgumentNullException(nameof(source)), Describe(codepoint, context)))
    {
        Codepoint = codepoint;
        Context = context;
    }

    /// <summary>The Unicode scalar value no font has a glyph for.</summary>
    public int Codepoint { get; }

    /// <summary>The text around the character, up to 20 characters either side.</summary>
    public string Context { get; }

    private static string Describe(int codepoint, string context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var symbol = char.ConvertFromUtf32(codepoint);
        var hex = codepoint.ToString("X4", CultureInfo.InvariantCulture);
        return $"No font of the theme or its fallback chain has a glyph for U+{hex} '{symbol}' in «{context}»; use another character, remove it or add a font that has it (--font-dir, Theme.WithFallbackFonts).";
    }
}
