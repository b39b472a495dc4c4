using System.Text;

namespace Csto.Reporting.Diagnostics;

/// <summary>
/// A character of a document the renderers cannot set: no font of the theme's chain has a glyph for it, or it
/// belongs to a right-to-left script (Hebrew, Arabic, …), which the layout does not support yet.
/// </summary>
/// <param name="Character">The character.</param>
/// <param name="Reason">Why it cannot be set and what to do, as a sentence ending with a full stop.</param>
public sealed record UnsupportedCharacter(Rune Character, string Reason)
{
    /// <summary>The character as the problem names it: <c>U+05D0 'א'</c>.</summary>
    public string Name => string.Create(System.Globalization.CultureInfo.InvariantCulture, $"U+{Character.Value:X4} '{Character}'");
}
