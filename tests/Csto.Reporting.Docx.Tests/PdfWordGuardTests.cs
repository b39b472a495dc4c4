using Csto.Reporting.Docx.Tests.Support;
using Csto.Reporting.Documents;
using Csto.Reporting.Markdown;
using Csto.Reporting.Pdf;
using Csto.Reporting.Rendering;
using Csto.Reporting.Themes;
using Csto.Testing;

namespace Csto.Reporting.Docx.Tests;

/// <summary>
/// The word guard (<see cref="WordGuard"/>) over the inputs of this project's snapshots, which the PDF tests do not
/// see: every word of the minimal document, the Markdown «справка» and the showcase (both themes, Russian and
/// English) comes back from the content of its PDF (artifacts left out), exactly as often as the layout prints it.
/// </summary>
[Collection(PdfLayoutCollection.Name)]
public sealed class PdfWordGuardTests
{
    public static TheoryData<string, string> Cases() => new()
    {
        { "minimal", "gost" },
        { "markdown-spravka", "gost" },
        { "markdown-spravka", "modern" },
        { "showcase", "gost" },
        { "showcase", "modern" },
        { "showcase-en", "gost" },
        { "theme-reference-en", "gost" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Every_input_word_of_a_docx_snapshot_input_is_in_its_pdf(string input, string theme)
    {
        ReportDocument document = input switch
        {
            "minimal" => TestDocuments.Minimal(),
            "markdown-spravka" => MarkdownDocumentReader.ReadFile(MarkdownTests.Source, "spravka.md"),
            "showcase" => TestDocuments.Showcase(),
            "showcase-en" => TestDocuments.Showcase("en-US"),
            _ => TestDocuments.ThemeReference("en-US"),
        };
        var options = new RenderOptions { Theme = BuiltInThemes.ByName(theme) };
        var pdf = new PdfReportRenderer().Render(document, options);

        WordGuard.InputWords(document).Should().NotBeEmpty();
        WordGuard.Check(document, pdf, new PdfLayoutLocator(), options).Should().BeEmpty("every word of {0} is in the PDF's content as often as the layout prints it", input);
    }
}
