using Csto.Reporting.Fonts;

namespace Csto.Reports.Console.Commands;

/// <summary>The font options of a command: a folder of the user's font files and the families for body and headings.</summary>
/// <param name="Folder">A folder of <c>.ttf</c>/<c>.otf</c> files (<c>--font-dir</c>); its families come first in the fallback chain.</param>
/// <param name="BodyFont">The family of running text (<c>--body-font</c>), from the folder or bundled; null keeps the theme's.</param>
/// <param name="HeadingFont">The family of headings and titles (<c>--heading-font</c>); null keeps the theme's.</param>
internal sealed record FontSettings(string? Folder, string? BodyFont, string? HeadingFont)
{
    /// <summary>No font options: themes as they are.</summary>
    public static FontSettings None { get; } = new(null, null, null);

    /// <summary>Reads the folder's families and resolves the names.</summary>
    /// <exception cref="UsageException">The folder does not exist, or a font name is neither in it nor bundled.</exception>
    /// <exception cref="Csto.Reporting.Diagnostics.ReportInputException">A font file is bad; every problem, each with its file.</exception>
    public async Task<ThemeFonts> LoadAsync(CancellationToken cancellationToken)
    {
        if (Folder is not null && !Directory.Exists(Folder))
        {
            throw new UsageException($"--font-dir: no such folder '{Folder}'.");
        }
        var fonts = new ThemeFonts { Families = Folder is null ? [] : await FontFamily.LoadFolderAsync(Folder, cancellationToken) };
        return fonts with { BodyFont = Find(fonts, "--body-font", BodyFont), HeadingFont = Find(fonts, "--heading-font", HeadingFont) };
    }

    private static FontFamily? Find(ThemeFonts fonts, string option, string? name) =>
        name is null
            ? null
            : fonts.Find(name) ?? throw new UsageException($"{option}: no font family '{name}'; families: {string.Join(", ", fonts.Names)}.");
}
