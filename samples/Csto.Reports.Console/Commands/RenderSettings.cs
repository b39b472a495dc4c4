using Csto.Reporting.Rendering;
using Csto.Reporting.Themes;

namespace Csto.Reports.Console.Commands;

/// <summary>What a render or samples command was asked to do, checked.</summary>
/// <param name="Formats">The formats, in the order given.</param>
/// <param name="OutputFolder">Where files go.</param>
/// <param name="Theme">The theme given on the command line; null to use the template's or the default.</param>
/// <param name="Template">The template given on the command line; null to use the one the data file names.</param>
/// <param name="TemplateFolder">A folder of templates that override or add to the bundled ones.</param>
/// <param name="PdfA">Write PDF/A: 2a when tagged, 2b when not, 3b with the source embedded.</param>
/// <param name="Dpi">PNG resolution.</param>
/// <param name="Quiet">Print no progress.</param>
internal sealed record RenderSettings(
    IReadOnlyList<ReportFormat> Formats,
    string OutputFolder,
    Theme? Theme,
    string? Template,
    string? TemplateFolder,
    bool PdfA,
    int Dpi,
    bool Quiet)
{
    /// <summary>The font folder and families given on the command line; none by default.</summary>
    public FontSettings Fonts { get; init; } = FontSettings.None;

    /// <summary>Whether PDF files get a structure tree (Tagged PDF, PDF/UA-1); true unless <c>--untagged</c>.</summary>
    public bool Tagged { get; init; } = true;

    /// <summary>Whether each PDF embeds the input it was made from (<c>--embed-source</c>).</summary>
    public bool EmbedSource { get; init; }

    /// <summary>Parses a comma-separated format list such as <c>pdf,docx,png</c>.</summary>
    /// <exception cref="UsageException">A name is not a format.</exception>
    public static IReadOnlyList<ReportFormat> ParseFormats(string text)
    {
        var formats = new List<ReportFormat>();
        foreach (var part in text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            // A switch, not Enum.TryParse: its generics over the enumeration cost every start a few milliseconds of JIT (issue 13).
            var format = part.ToLowerInvariant() switch
            {
                "pdf" => ReportFormat.Pdf,
                "docx" => ReportFormat.Docx,
                "png" => ReportFormat.Png,
                _ => throw new UsageException($"--format: '{part}' is not a format; expected pdf, docx or png, separated by commas."),
            };
            if (!formats.Contains(format))
            {
                formats.Add(format);
            }
        }
        return formats.Count > 0 ? formats : throw new UsageException("--format: name at least one of pdf, docx, png.");
    }

    /// <summary>Finds a built-in theme by name.</summary>
    /// <exception cref="UsageException">No theme has that name.</exception>
    public static Theme? ParseTheme(string? name)
    {
        if (name is null)
        {
            return null;
        }
        return BuiltInThemes.TryGet(name, out var theme)
            ? theme
            : throw new UsageException($"--theme: unknown theme '{name}'; expected one of: {BuiltInThemes.Names}.");
    }
}

/// <summary>The command line is wrong (exit code 2).</summary>
/// <param name="message">What is wrong and what was expected.</param>
internal sealed class UsageException(string message) : Exception(message);
