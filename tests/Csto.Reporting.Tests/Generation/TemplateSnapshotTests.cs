using Csto.Domain.Serialization;
using Csto.Reporting.Documents.Printing;
using Csto.Reporting.Generation;
using Csto.Reporting.Templates;
using Csto.Testing;

namespace Csto.Reporting.Tests.Generation;

/// <summary>Every shipped template renders every sample record of its model kind; the trees are snapshotted as text.</summary>
public class TemplateSnapshotTests
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
    public void Template_renders_sample(string sample, string template)
    {
        var path = Path.Combine(RepositoryPaths.SampleData, sample + ".json");
        var file = CstoJson.Read(File.ReadAllText(path), path);

        var document = Generator.BuildDocument(template, file.Record);

        Snapshot.VerifyText($"Trees/{sample}.{template}", DocumentTreePrinter.Print(document));
    }

    [Fact]
    public void Every_template_has_a_sample_and_every_sample_its_template()
    {
        var cases = Cases().Select(c => ((string)c[0], (string)c[1])).ToList();
        cases.Select(c => c.Item2).Distinct().Should().BeEquivalentTo(TemplateCatalog.Embedded.Names);
        foreach (var path in Directory.GetFiles(RepositoryPaths.SampleData, "*.json"))
        {
            var file = CstoJson.Read(File.ReadAllText(path), path);
            file.Template.Should().NotBeNull();
            TemplateCatalog.Embedded.Get(file.Template!).ModelKind.Should().Be(TemplateModelKinds.Of(file.Record), because: path);
        }
    }
}
