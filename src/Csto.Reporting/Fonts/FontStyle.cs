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

/// <summary>The faces of a family by their flags.</summary>
internal static class FontFaces
{
    /// <summary>The face of bold and italic flags.</summary>
    public static FontFace Of(bool bold, bool italic) => (bold, italic) switch
    {
        (true, true) => FontFace.BoldItalic,
        (true, false) => FontFace.Bold,
        (false, true) => FontFace.Italic,
        _ => FontFace.Regular,
    };
}
