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
/// English) comes back from the text of its PDF, as often as the input has it.
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
        var pdf = new PdfReportRenderer().Render(document, new RenderOptions { Theme = BuiltInThemes.ByName(theme) });

        WordGuard.InputWords(document).Should().NotBeEmpty();
        WordGuard.MissingFromPdf(document, pdf).Should().BeEmpty("every input word of {0} is in the PDF's text", input);
    }
}
