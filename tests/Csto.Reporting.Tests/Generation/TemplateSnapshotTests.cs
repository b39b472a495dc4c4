using Csto.Domain.Serialization;
using Csto.Reporting.Documents.Printing;
using Csto.Reporting.Templates;
using Csto.Testing;

namespace Csto.Reporting.Tests.Generation;

/// <summary>Every shipped template renders every sample record of its model kind; the trees are snapshotted as text.</summary>
public class TemplateSnapshotTests
{
    /// <summary>Every data sample (JSON or YAML) with every template of its kind; Markdown samples have their own test.</summary>
    public static TheoryData<string, string> Cases()
    {
        var data = new TheoryData<string, string>();
        foreach (var (file, template) in SampleCases.All().Where(c => c.Template != SampleCases.Markdown))
        {
            data.Add(file, template);
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Template_renders_sample(string file, string template)
    {
        var document = SampleCases.Build(file, template);

        Snapshot.VerifyText($"Trees/{SampleCases.Name(file, template)}", DocumentTreePrinter.Print(document));
    }

    [Fact]
    public void Every_template_has_a_sample_and_every_sample_its_template()
    {
        var cases = SampleCases.All();
        cases.Select(c => c.Template).Where(t => t != SampleCases.Markdown).Distinct().Should().BeEquivalentTo(TemplateCatalog.Embedded.Names);
        foreach (var path in Directory.GetFiles(RepositoryPaths.SampleData, "*.json"))
        {
            var file = CstoJson.Read(File.ReadAllText(path), path);
            file.Template.Should().NotBeNull();
            TemplateCatalog.Embedded.Get(file.Template!).ModelKind.Should().Be(TemplateModelKinds.Of(file.Record), because: path);
        }
    }
}
