using Csto.Reporting.Themes;

namespace Csto.Reporting.Rendering;

/// <summary>Options shared by the renderers.</summary>
public sealed record RenderOptions
{
    /// <summary>The default options: the ГОСТ theme, no PDF/A, 96 DPI previews.</summary>
    public static RenderOptions Default { get; } = new();

    private readonly Theme theme = BuiltInThemes.Gost;

    /// <summary>The theme; the ГОСТ house style by default.</summary>
    /// <exception cref="ArgumentNullException">The value is null.</exception>
    public Theme Theme
    {
        get => theme;
        init => theme = value ?? throw new ArgumentNullException(nameof(Theme), "RenderOptions.Theme must be a theme, such as BuiltInThemes.Gost.");
    }

    /// <summary>
    /// Whether the PDF claims PDF/A: PDF/A-2a when <see cref="Tagged"/> (the default), PDF/A-2b when not, and
    /// PDF/A-3b when an <see cref="EmbeddedSource"/> is given.
    /// </summary>
    public bool PdfA { get; init; }

    /// <summary>Whether the PDF is tagged (a structure tree, marked content, artifacts: Tagged PDF, PDF/UA-1); true by default.</summary>
    public bool Tagged { get; init; } = true;

    /// <summary>
    /// The source data the document was made from (the JSON, YAML or Markdown file), embedded in the PDF as an
    /// associated file (/AFRelationship /Source); with <see cref="PdfA"/> the file claims PDF/A-3b. Null by default.
    /// </summary>
    public EmbeddedSource? EmbeddedSource { get; init; }

    /// <summary>The lowest PNG resolution accepted, in dots per inch.</summary>
    public const int MinPngDpi = 10;

    /// <summary>The highest PNG resolution accepted, in dots per inch.</summary>
    public const int MaxPngDpi = 1200;

    private readonly int pngDpi = 96;

    /// <summary>Resolution of PNG pages in dots per inch, <see cref="MinPngDpi"/> to <see cref="MaxPngDpi"/>; 96 by default.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is outside that range.</exception>
    public int PngDpi
    {
        get => pngDpi;
        init => pngDpi = value is >= MinPngDpi and <= MaxPngDpi
            ? value
            : throw new ArgumentOutOfRangeException(nameof(PngDpi), value, $"A PNG resolution must be {MinPngDpi} to {MaxPngDpi} DPI.");
    }
}
