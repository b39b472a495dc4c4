using System.Diagnostics;
using Csto.Reporting.Documents;
using Csto.Reporting.Documents.Printing;
using Csto.Reporting.Markdown;
using Csto.Reporting.Typography;
using Xunit.Abstractions;
using Csto.Testing;

namespace Csto.Reporting.Tests.Typography;

/// <summary>
/// Times the typography pass over shared/bench/report.md (about 130 pages) and prints the figures; asserts only
/// what the pass produces, never how long it took.
/// </summary>
public sealed class TypographerBenchmarkTests(ITestOutputHelper output)
{
    private const int WarmUpRuns = 3;
    private const int MeasuredRuns = 7;

    [Fact]
    public void Bench_report_is_typeset_the_same_on_every_run_and_only_spacing_quotes_and_dashes_change()
    {
        var path = RepositoryPaths.BenchReport;
        var document = MarkdownDocumentReader.ReadFile(File.ReadAllText(path), path);

        var cold = Stopwatch.StartNew();
        var typeset = Typographer.Apply(document, TypographyOptions.All);
        cold.Stop();
        var reference = DocumentTreePrinter.Print(typeset);
        for (var i = 0; i < WarmUpRuns; i++)
        {
            Typographer.Apply(document, TypographyOptions.All);
        }
        var times = new List<double>();
        for (var i = 0; i < MeasuredRuns; i++)
        {
            var watch = Stopwatch.StartNew();
            var again = Typographer.Apply(document, TypographyOptions.All);
            watch.Stop();
            times.Add(watch.Elapsed.TotalMilliseconds);
            DocumentTreePrinter.Print(again).Should().Be(reference, "every run gives the same document");
        }
        times.Sort();
        output.WriteLine($"typography of bench/report.md: first call {cold.Elapsed.TotalMilliseconds:F1} ms; "
            + $"warm median {times[MeasuredRuns / 2]:F2} ms, min {times[0]:F2} ms, max {times[^1]:F2} ms ({MeasuredRuns} runs)");

        DocumentTreePrinter.Print(Typographer.Apply(typeset, TypographyOptions.All)).Should().Be(reference, "typography is idempotent");
        var before = Paragraphs(document);
        var after = Paragraphs(typeset);
        after.Should().HaveCount(before.Count);
        var kept = 0;
        for (var i = 0; i < before.Count; i++)
        {
            var (original, result) = (before[i], after[i]);
            var (originalText, resultText) = (DocumentWalker.PlainText(original), DocumentWalker.PlainText(result));
            Letters(resultText).Should().Be(Letters(originalText), "only spaces, quotes and dashes change");
            if (resultText == originalText)
            {
                result.Should().BeSameAs(original, "a paragraph with nothing to change keeps its inlines");
                kept++;
            }
        }
        var firstBody = after.Select(DocumentWalker.PlainText).First(t => t.StartsWith("Реализуют", StringComparison.Ordinal));
        firstBody.Should().Contain("В\u00A0заметно к\u00A0все").And.Contain("О\u00A0из\u00A0координация");
        output.WriteLine($"{before.Count} paragraphs and headings, {kept} unchanged and not copied");
    }

    private static List<IReadOnlyList<Inline>> Paragraphs(ReportDocument document) =>
        document.Sections.SelectMany(s => s.Blocks).Concat(document.Footnotes.SelectMany(f => f.Blocks))
            .SelectMany(DocumentWalker.DescendantsAndSelf)
            .SelectMany(b => b switch
            {
                Paragraph p => [p.Content],
                Heading h => [h.Content],
                _ => Array.Empty<IReadOnlyList<Inline>>(),
            })
            .ToList();

    private static string Letters(string text) => new(text.Where(char.IsLetterOrDigit).ToArray());
}
