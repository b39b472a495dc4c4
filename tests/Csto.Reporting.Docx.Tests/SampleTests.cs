using Csto.Reporting.Docx.Tests.Support;
using Csto.Reporting.Themes;
using Csto.Testing;

namespace Csto.Reporting.Docx.Tests;

/// <summary>Every shipped template with every sample record of its kind (and every Markdown sample), in both themes, as DOCX.</summary>
public sealed class SampleTests
{
    public static TheoryData<string, string> Cases() => SampleCases.TheoryData();

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Every_template_and_sample_gives_a_valid_docx_in_both_themes(string sample, string template)
    {
        var document = SampleCases.Build(sample, template);

        foreach (var theme in BuiltInThemes.All)
        {
            var docx = await DocxRendering.RenderAsync(document, theme);
            var errors = DocxInspection.ValidationErrors(docx);
            errors.Should().BeEmpty($"{sample} × {template} in {theme.Name}:\n" + string.Join("\n", errors));
            if (theme == BuiltInThemes.Gost)
            {
                Snapshot.VerifyText($"Samples/{SampleCases.Name(sample, template)}", DocxInspection.PlainText(docx));
            }
        }
    }
}
