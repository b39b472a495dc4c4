using Csto.Reporting.Themes;

namespace Csto.Reporting.Rendering;

/// <summary>Options shared by the renderers.</summary>
public sealed record RenderOptions
{
    /// <summary>The default options: the ГОСТ theme, no PDF/A, 96 DPI previews.</summary>
    public static RenderOptions Default { get; } = new();

    /// <summary>The theme; the ГОСТ house style by default.</summary>
    public Theme Theme { get; init; } = BuiltInThemes.Gost;

    /// <summary>Whether the PDF is written as PDF/A-2b.</summary>
    public bool PdfA { get; init; }

    /// <summary>Resolution of PNG pages in dots per inch.</summary>
    public int PngDpi { get; init; } = 96;
}
