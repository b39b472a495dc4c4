using Csto.Reporting.Pdf.Frames;
using Csto.Reporting.Pdf.Tests.TestSupport;
using Csto.Testing;
namespace Csto.Reporting.Pdf.Tests.Frames;
public sealed class ZzDebugTests
{
    [Theory]
    [InlineData("analyst-note-eurasian-security.md", "markdown", "2025")]
    [InlineData("activity-report-2023-2025.json", "activity-report", "2023")]
    public void Dump(string file, string template, string word)
    {
        var document = SampleCases.Build(file, template);
        var options = Render.Options(document);
        var frames = FrameCollector.Collect(document, options);
        var lines = new List<string>();
        foreach (var frame in frames)
        {
            foreach (var run in frame.AllItems().OfType<GlyphRun>())
            {
                var text = System.Text.Encoding.UTF8.GetString(run.Utf8.Span);
                if (text.Contains(word)) lines.Add($"{run.Mark} {run.Mark.Node?.Parent?.Role} |{text}|");
            }
        }
        var expected = WordGuard.ExpectedWords(document, options.Theme, new PdfLayoutLocator().LocateHeadings(document, options));
        lines.Add("expected count " + expected.Count(w => w == word));
        File.WriteAllLines($"/tmp/g16/{word}.txt", lines);
    }
}
