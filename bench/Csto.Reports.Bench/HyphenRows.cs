using System.Globalization;
using Csto.Reporting.Generation;
using Csto.Reporting.Hyphenation;
using Csto.Reporting.Pdf;
using Csto.Reporting.Pdf.Layout;
using Csto.Reporting.Pdf.Pagination;
using Csto.Reporting.Rendering;
using Csto.Reporting.Templates;
using Csto.Reporting.Themes;
using TextAlignment = Csto.Reporting.Themes.TextAlignment;

namespace Csto.Reports.Bench;

/// <summary>
/// Issue 9's hyphen rows read from the layout, not from the PDF: since a hyphenated word carries /ActualText,
/// text extraction (and so <c>typeset_metrics.py</c>) sees whole words and no line-end hyphens. Lays each input out
/// in the ГОСТ theme (the counting pass, which places exactly what the drawing pass draws) and counts, over the lines
/// of body paragraphs, the lines that end in a word broken across lines — at a hyphenation point (a hyphen is drawn)
/// or after an explicit hyphen or dash — the longest run of such lines in one paragraph, and the pages whose last
/// slice is such a line (a word split across a page turn). With an output folder it also writes each input's PDF
/// there, for <c>bench/without-actualtext.py</c> and <c>typeset_metrics.py</c> to confirm the rows from the PDF.
/// </summary>
internal static class HyphenRows
{
    /// <summary>Prints the rows for the bench report and the real-prose input as a Markdown table.</summary>
    public static async Task<int> MeasureAsync(string? pdfFolder)
    {
        var generator = new ReportGenerator(TemplateCatalog.Embedded, [new PdfReportRenderer()]);
        (string Name, string Path)[] inputs = [("bench report", BenchInput.Report), ("prose", BenchInput.Prose)];
        Console.WriteLine("| input | pages | body lines | ending in a hyphen | ending in a dash | share broken | longest run | pages ending in a broken word |");
        Console.WriteLine("|---|---|---|---|---|---|---|---|");
        foreach (var (name, path) in inputs)
        {
            var document = generator.BuildMarkdownDocument(await File.ReadAllTextAsync(path), path);
            var rows = Count(new LayoutPasses(document, BuiltInThemes.Gost, LiangHyphenator.Default));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {name} | {rows.Pages} | {rows.Lines} | {rows.Hyphens} | {rows.Dashes} | {100.0 * (rows.Hyphens + rows.Dashes) / Math.Max(1, rows.Lines):0.0} % | {rows.LongestRun} | {rows.PageEnds} |"));
            if (pdfFolder is not null)
            {
                Directory.CreateDirectory(pdfFolder);
                var file = System.IO.Path.Combine(pdfFolder, System.IO.Path.GetFileNameWithoutExtension(path) + ".pdf");
                await using var output = File.Create(file);
                await generator.RenderAsync(document, ReportFormat.Pdf, output, RenderOptions.Default with { Theme = BuiltInThemes.Gost }, CancellationToken.None);
            }
        }
        return 0;
    }

    private static Rows Count(LayoutPasses passes)
    {
        var rows = new Rows();
        TextLineSlice? previous = null;
        var run = 0;
        var result = passes.Count(CancellationToken.None, (_, slices) =>
        {
            foreach (var line in slices.OfType<TextLineSlice>())
            {
                if (line.Text.Format.Alignment != TextAlignment.Justify)
                {
                    continue;
                }
                rows.Lines++;
                var broken = line.EndsWithHyphen;
                if (broken && line.Text.Items[line.Text.Lines[line.Line].End].Width > 0)
                {
                    rows.Hyphens++;
                }
                else if (broken)
                {
                    rows.Dashes++;
                }
                run = broken ? (previous is not null && ReferenceEquals(previous.Text, line.Text) && previous.Line == line.Line - 1 ? run + 1 : 1) : 0;
                rows.LongestRun = Math.Max(rows.LongestRun, run);
                previous = line;
            }
            if (slices.Count > 0 && slices[^1] is TextLineSlice { EndsWithHyphen: true })
            {
                rows.PageEnds++;
            }
        });
        rows.Pages = result.PageCount;
        return rows;
    }

    private sealed class Rows
    {
        public int Pages;
        public int Lines;
        public int Hyphens;
        public int Dashes;
        public int LongestRun;
        public int PageEnds;
    }
}
