using Csto.Reporting.Generation;
using Csto.Reporting.Rendering;

namespace Csto.Reports.Bench;

/// <summary>One benchmark case: a Markdown input rendered to one format, the whole pipeline (read, typography, layout, write).</summary>
/// <param name="Name">The case's name on the command line and in the report.</param>
/// <param name="InputPath">Returns the Markdown file.</param>
/// <param name="Format">The output format.</param>
internal sealed record Scenario(string Name, Func<string> InputPath, ReportFormat Format)
{
    /// <summary>Every case: (a) the ~130-page report to PDF, (b) its ten-times variant to PDF, (c) the report to DOCX, (d) the report with five charts to PDF.</summary>
    public static IReadOnlyList<Scenario> All { get; } =
    [
        new("pdf", () => BenchInput.Report, ReportFormat.Pdf),
        new("pdf-x10", BenchInput.TenTimesReport, ReportFormat.Pdf),
        new("docx", () => BenchInput.Report, ReportFormat.Docx),
        new("pdf-charts", BenchInput.ChartsReport, ReportFormat.Pdf),
    ];

    /// <summary>Finds a case by name.</summary>
    public static Scenario Named(string name) =>
        All.FirstOrDefault(s => s.Name == name)
        ?? throw new ArgumentException($"Unknown benchmark '{name}'; expected one of: {string.Join(", ", All.Select(s => s.Name))}.", nameof(name));

    /// <summary>Renders the input once into <paramref name="output"/>; the Markdown is read from disk each time, as a user's run would.</summary>
    public async Task RunAsync(ReportGenerator generator, Stream output)
    {
        var path = InputPath();
        var text = await File.ReadAllTextAsync(path);
        var document = generator.BuildMarkdownDocument(text, path);
        await generator.RenderAsync(document, Format, output, RenderOptions.Default, CancellationToken.None);
    }
}
