using Csto.Reporting.Diagnostics;
using Csto.Reporting.Fonts;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>
/// The user's font files registered with <see cref="CstoReportingOptions.Fonts"/>: families tried first for characters
/// a theme's fonts lack, and optionally the families of body text and headings. The files are read when the generator
/// is first resolved (<see cref="FontFamily.LoadAsync"/>, <see cref="FontFamily.LoadFolderAsync"/>).
/// </summary>
/// <example>
/// <code>
/// services.AddCstoReporting(o =>
/// {
///     o.Fonts.AddFolder("fonts").AddFamily("Inter-Regular.ttf", "Inter-Bold.ttf");
///     o.Fonts.BodyFont = "Inter";
/// });
/// </code>
/// </example>
public sealed class CstoFontOptions
{
    private readonly List<string> folders = [];
    private readonly List<string[]> families = [];

    /// <summary>The folders added, in order.</summary>
    public IReadOnlyList<string> Folders => folders;

    /// <summary>The families added as file lists, in order.</summary>
    public IReadOnlyList<IReadOnlyList<string>> Families => families;

    /// <summary>The family of running text (a registered or bundled family's name, case-insensitive); null keeps the theme's.</summary>
    public string? BodyFont { get; set; }

    /// <summary>The family of headings and titles; null keeps the theme's.</summary>
    public string? HeadingFont { get; set; }

    /// <summary>Adds every <c>.ttf</c> and <c>.otf</c> file of <paramref name="folder"/>, grouped into families by their names.</summary>
    /// <exception cref="ArgumentException"><paramref name="folder"/> is null or empty.</exception>
    public CstoFontOptions AddFolder(string folder)
    {
        ArgumentException.ThrowIfNullOrEmpty(folder);
        folders.Add(folder);
        return this;
    }

    /// <summary>Adds one family from one to four files (regular, and bold, italic, bold italic when present).</summary>
    /// <exception cref="ArgumentNullException"><paramref name="files"/> is null.</exception>
    /// <exception cref="ArgumentException">Fewer than one or more than four files.</exception>
    public CstoFontOptions AddFamily(params string[] files)
    {
        ArgumentNullException.ThrowIfNull(files);
        if (files.Length is 0 or > 4)
        {
            throw new ArgumentException($"A font family has one to four files; got {files.Length}.", nameof(files));
        }
        families.Add([.. files]);
        return this;
    }

    /// <summary>Reads the files and resolves the names.</summary>
    /// <exception cref="ReportInputException">A file is missing or not a usable font, or a family has no regular face; every problem, each with its file.</exception>
    /// <exception cref="ArgumentException">A font name matches no registered or bundled family.</exception>
    internal async Task<ThemeFonts> LoadAsync(CancellationToken cancellationToken)
    {
        var loaded = new List<FontFamily>();
        var problems = new List<InputProblem>();
        foreach (var load in folders.Select(f => (Func<Task<IReadOnlyList<FontFamily>>>)(() => FontFamily.LoadFolderAsync(f, cancellationToken)))
            .Concat(families.Select(f => (Func<Task<IReadOnlyList<FontFamily>>>)(async () => [await FontFamily.LoadAsync(f, cancellationToken).ConfigureAwait(false)]))))
        {
            try
            {
                loaded.AddRange(await load().ConfigureAwait(false));
            }
            catch (ReportInputException e)
            {
                problems.AddRange(e.Problems);
            }
        }
        if (problems.Count > 0)
        {
            throw new ReportInputException(problems);
        }
        var fonts = new ThemeFonts { Families = loaded };
        return fonts with { BodyFont = Find(fonts, nameof(BodyFont), BodyFont), HeadingFont = Find(fonts, nameof(HeadingFont), HeadingFont) };
    }

    private static FontFamily? Find(ThemeFonts fonts, string setting, string? name) =>
        name is null
            ? null
            : fonts.Find(name) ?? throw new ArgumentException(
                $"CstoReportingOptions.Fonts.{setting}: no font family '{name}'; families: {string.Join(", ", fonts.Names)}.");
}
