using Csto.Domain.Serialization;
using Csto.Reporting.Docx.Tests.Support;
using Csto.Reporting.Generation;
using Csto.Reporting.Templates;
using Csto.Reporting.Themes;
using Csto.Testing;

namespace Csto.Reporting.Docx.Tests;

/// <summary>Every shipped template with every sample record of its kind, in both themes, as DOCX.</summary>
public sealed class SampleTests
{
    private static readonly ReportGenerator Generator = new(TemplateCatalog.Embedded, []);

    public static TheoryData<string, string> Cases()
    {
        var data = new TheoryData<string, string>();
        foreach (var path in Directory.GetFiles(RepositoryPaths.SampleData, "*.json").Order(StringComparer.Ordinal))
        {
            var record = CstoJson.Read(File.ReadAllText(path), path).Record;
            foreach (var template in TemplateCatalog.Embedded.Templates.Where(t => t.ModelKind == TemplateModelKinds.Of(record)))
            {
                data.Add(Path.GetFileNameWithoutExtension(path), template.Name);
            }
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Every_template_and_sample_gives_a_valid_docx_in_both_themes(string sample, string template)
    {
        var path = Path.Combine(RepositoryPaths.SampleData, sample + ".json");
        var document = Generator.BuildDocument(template, CstoJson.Read(File.ReadAllText(path), path).Record);

        foreach (var theme in BuiltInThemes.All)
        {
            var docx = await DocxRendering.RenderAsync(document, theme);
            var errors = DocxInspection.ValidationErrors(docx);
            errors.Should().BeEmpty($"{sample} × {template} in {theme.Name}:\n" + string.Join("\n", errors));
            if (theme == BuiltInThemes.Gost)
            {
                Snapshot.VerifyText($"Samples/{sample}.{template}", DocxInspection.PlainText(docx));
            }
        }
    }
}
