using Csto.Reporting.Docx.Tests.Support;
using Csto.Reporting.Markdown;
using Csto.Reporting.Themes;
using Csto.Testing;

namespace Csto.Reporting.Docx.Tests;

public sealed class ValidationTests
{
    public static TheoryData<string, string> Cases() => new()
    {
        { "showcase", "gost" },
        { "showcase", "modern" },
        { "showcase-en", "gost" },
        { "minimal", "gost" },
        { "bench-report", "gost" },
        { "bench-report", "modern" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task The_validator_reports_no_errors(string document, string theme)
    {
        var tree = document switch
        {
            "showcase" => TestDocuments.Showcase(),
            "showcase-en" => TestDocuments.Showcase("en-US"),
            "bench-report" => MarkdownDocumentReader.ReadFile(await File.ReadAllTextAsync(RepositoryPaths.BenchReport), "report.md"),
            _ => TestDocuments.Minimal(),
        };
        var docx = await DocxRendering.RenderAsync(tree, BuiltInThemes.ByName(theme));

        var errors = DocxInspection.ValidationErrors(docx);
        errors.Should().BeEmpty(string.Join("\n", errors));
    }
}
