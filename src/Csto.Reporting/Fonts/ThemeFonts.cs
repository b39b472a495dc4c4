using System.Runtime.CompilerServices;
using Csto.Reporting.Themes;

namespace Csto.Reporting.Fonts;

/// <summary>
/// The user's fonts applied to whatever theme a document is rendered in: families tried first for characters the
/// theme's fonts lack, and optionally the families of body text and headings.
/// </summary>
public sealed record ThemeFonts
{
    // The themes made by ApplyTo, kept while both live: the same fonts and theme give the same theme object, so
    // the renderers' per-font caches (shaped words, loaded faces) are reused from one document to the next.
    private static readonly ConditionalWeakTable<ThemeFonts, ConditionalWeakTable<Theme, Theme>> Applied = [];

    /// <summary>No user fonts: themes as they are.</summary>
    public static ThemeFonts None { get; } = new();

    /// <summary>Families put in front of every theme's <see cref="Theme.FallbackFonts"/>, in order.</summary>
    public IReadOnlyList<FontFamily> Families { get; init; } = [];

    /// <summary>The family of running text instead of the theme's; null keeps the theme's.</summary>
    public FontFamily? BodyFont { get; init; }

    /// <summary>The family of headings and titles instead of the theme's; null keeps the theme's.</summary>
    public FontFamily? HeadingFont { get; init; }

    /// <summary>The names of <see cref="Families"/> and then of the bundled families, for messages.</summary>
    public IReadOnlyList<string> Names => [.. Families.Concat(BundledFonts.Families).Select(f => f.Name).Distinct()];

    /// <summary>The family named <paramref name="name"/> (case-insensitive) among <see cref="Families"/>, then the bundled ones; null when none.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is null.</exception>
    public FontFamily? Find(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return Families.Concat(BundledFonts.Families).FirstOrDefault(f => string.Equals(f.Name, name, StringComparison.OrdinalIgnoreCase));
    }

    /// <summary><paramref name="theme"/> with these fonts; the same object for the same fonts and theme.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="theme"/> is null.</exception>
    public Theme ApplyTo(Theme theme)
    {
        ArgumentNullException.ThrowIfNull(theme);
        if (Families.Count == 0 && BodyFont is null && HeadingFont is null)
        {
            return theme;
        }
        return Applied.GetValue(this, static _ => []).GetValue(theme, theme =>
            theme.WithFallbackFonts(Families) with { BodyFont = BodyFont ?? theme.BodyFont, HeadingFont = HeadingFont ?? theme.HeadingFont });
    }
}
