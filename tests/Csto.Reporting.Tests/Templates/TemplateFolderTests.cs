using Csto.Reporting.Templates;
using Csto.Testing;

namespace Csto.Reporting.Tests.Templates;

public sealed class TemplateFolderTests
{
    [Fact]
    public void The_templates_folder_read_on_its_own_is_the_embedded_catalog()
    {
        var fromFolder = TemplateCatalog.FromFolder(RepositoryPaths.Templates);

        fromFolder.Names.Should().BeEquivalentTo(TemplateCatalog.Embedded.Names);
        foreach (var template in fromFolder.Templates)
        {
            template.Body.Should().Be(TemplateCatalog.Embedded.Get(template.Name).Body, $"{template.Name} is embedded as written");
        }
    }

    [Fact]
    public void A_missing_folder_is_named_in_the_error()
    {
        var act = () => TemplateCatalog.FromFolder("/no/such/templates");

        act.Should().Throw<DirectoryNotFoundException>().WithMessage("*/no/such/templates*");
    }
}
