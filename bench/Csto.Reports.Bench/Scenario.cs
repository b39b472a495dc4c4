using Csto.Reporting.Generation;
using Csto.Reporting.Rendering;

namespace Csto.Reports.Bench;

/// <summary>One benchmark case: a Markdown input rendered to one format, the whole pipeline (read, typography, layout, write).</summary>
/// <param name="Name">The case's name on the command line and in the report.</param>
/// <param name="InputPath">Returns the Markdown file.</param>
/// <param name="Format">The output format.</param>
/// <param name="WarmRuns">How many warm renders are timed after the cold one.</param>
/// <param name="WarmupRuns">
/// Untimed renders between the cold one and the timed ones, so that the timed renders run the runtime's optimised
/// (tier-1) code, as a long-lived process does: after one cold render most methods are still tier-0 or mid-promotion,
/// which on the bench report doubles the wall time (0.40–0.62 s against 0.23–0.26 s with tiering off, 2026-11-30).
/// </param>
internal sealed record Scenario(string Name, Func<string> InputPath, ReportFormat Format, int WarmRuns = 5, int WarmupRuns = 15)
{
    /// <summary>The resolution of the PNG cases: 150 DPI, the figure issue 16 gives for PNG memory.</summary>
    public const int PngDpi = 150;

    /// <summary>
    /// Every case: (a) the ~130-page report to PDF, (b) its ten-times variant to PDF, (c) the report to DOCX, (d) the
    /// report with five charts to PDF, (e) the ten-times variant as PNG pages at 150 DPI (one warm run, no warm-up: it draws 1 270 pages),
    /// (f) one paragraph with 16 000 footnotes to PDF (<see cref="BenchInput.FootnoteFlood"/>; one warm run, no warm-up).
    /// </summary>
    public static IReadOnlyList<Scenario> All { get; } =
    [
        new("pdf", () => BenchInput.Report, ReportFormat.Pdf),
        new("pdf-x10", BenchInput.TenTimesReport, ReportFormat.Pdf, WarmupRuns: 2),
        new("docx", () => BenchInput.Report, ReportFormat.Docx),
        new("pdf-charts", BenchInput.ChartsReport, ReportFormat.Pdf),
        new("png-x10", BenchInput.TenTimesReport, ReportFormat.Png, WarmRuns: 1, WarmupRuns: 0),
        new("pdf-footnotes", BenchInput.FootnoteFlood, ReportFormat.Pdf, WarmRuns: 1, WarmupRuns: 0),
    ];

    /// <summary>Finds a case by name.</summary>
    public static Scenario Named(string name) =>
        All.FirstOrDefault(s => s.Name == name)
        ?? throw new ArgumentException($"Unknown benchmark '{name}'; expected one of: {string.Join(", ", All.Select(s => s.Name))}.", nameof(name));

    /// <summary>
    /// Renders the input once into <paramref name="output"/> (PNG: every page into it, one after another); the Markdown
    /// is read from disk each time, as a user's run would.
    /// </summary>
    public async Task RunAsync(ReportGenerator generator, Stream output)
    {
        var path = InputPath();
        var text = await File.ReadAllTextAsync(path);
        var document = generator.BuildMarkdownDocument(text, path);
        if (Format == ReportFormat.Png)
        {
            generator.RenderPages(document, _ => output, RenderOptions.Default with { PngDpi = PngDpi }, CancellationToken.None);
            return;
        }
        await generator.RenderAsync(document, Format, output, RenderOptions.Default, CancellationToken.None);
    }
}
