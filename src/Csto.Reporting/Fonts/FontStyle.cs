namespace Csto.Reporting.Fonts;

/// <summary>The four faces of a font family.</summary>
public enum FontFace
{
    /// <summary>Upright, normal weight.</summary>
    Regular,
    /// <summary>Upright, bold.</summary>
    Bold,
    /// <summary>Italic, normal weight.</summary>
    Italic,
    /// <summary>Italic, bold.</summary>
    BoldItalic,
}
