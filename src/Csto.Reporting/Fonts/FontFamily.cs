namespace Csto.Reporting.Fonts;

/// <summary>
/// A font family a theme uses: the name shown in the PDF, the name written into DOCX (a font Word users have,
/// metric-compatible with the bundled one) and where the font files come from.
/// </summary>
/// <param name="Name">The bundled family's name, e.g. «Liberation Serif».</param>
/// <param name="DocxName">The family named in DOCX, e.g. «Times New Roman»; Word substitutes it when missing.</param>
/// <param name="FilePrefix">The bundled files' common prefix, e.g. <c>LiberationSerif</c> for <c>LiberationSerif-Bold.ttf</c>.</param>
public sealed record FontFamily(string Name, string DocxName, string FilePrefix)
{
    /// <summary>Liberation Serif (SIL OFL), metric-compatible with Times New Roman.</summary>
    public static FontFamily LiberationSerif { get; } = new("Liberation Serif", "Times New Roman", "LiberationSerif");

    /// <summary>Liberation Sans (SIL OFL), metric-compatible with Arial.</summary>
    public static FontFamily LiberationSans { get; } = new("Liberation Sans", "Arial", "LiberationSans");

    /// <summary>PT Serif (ParaType Free Font License).</summary>
    public static FontFamily PTSerif { get; } = new("PT Serif", "PT Serif", "PTSerif");

    /// <summary>PT Sans (ParaType Free Font License).</summary>
    public static FontFamily PTSans { get; } = new("PT Sans", "PT Sans", "PTSans");

    /// <summary>The file name of one face, e.g. <c>LiberationSerif-BoldItalic.ttf</c>.</summary>
    public string FileName(FontFace face) => $"{FilePrefix}-{face}.ttf";
}
