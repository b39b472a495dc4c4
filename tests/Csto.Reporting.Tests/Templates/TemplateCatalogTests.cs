using Csto.Reporting.Diagnostics;
using Csto.Reporting.Templates;
using Csto.Reporting.Templates.Liquid;

namespace Csto.Reporting.Tests.Templates;

public sealed class TemplateCatalogTests : IDisposable
{
    private readonly string folder = Path.Combine(Path.GetTempPath(), "csto-templates-" + Guid.NewGuid().ToString("N"));

    public TemplateCatalogTests() => Directory.CreateDirectory(folder);

    public void Dispose() => Directory.Delete(folder, recursive: true);

    private static string Template(string name, string title, string model = "event") =>
        $"---\nname: {name}\ntitle: {title}\nmodel: {model}\ntheme: modern\nlang: en-US\n---\n{{{{ model.number }}}}";

    [Fact]
    public void Every_bundled_template_and_partial_parses_although_the_catalog_defers_their_Liquid_to_first_use()
    {
        var catalog = TemplateCatalog.Embedded;

        catalog.Templates.Should().NotBeEmpty();
        catalog.Templates.Should().OnlyContain(t => t.Bundled);
        foreach (var template in catalog.Templates)
        {
            var parse = () => TemplateParser.ParseLiquid(template.Source, template.Body, template.BodyFirstLine);
            parse.Should().NotThrow($"{template.Name} is bundled");
            template.Parsed.Should().NotBeNull();
        }
        catalog.Partials.Values.Should().NotBeEmpty().And.OnlyContain(p => p.Bundled);
        foreach (var partial in catalog.Partials.Values)
        {
            var parse = () => TemplateParser.ParseLiquid(partial.Source, partial.Text, 1);
            parse.Should().NotThrow($"{partial.FileName} is bundled");
        }
    }

    [Fact]
    public void A_folder_template_with_a_Liquid_error_fails_when_the_catalog_is_built_not_at_its_first_render()
    {
        File.WriteAllText(Path.Combine(folder, "broken.liquid"), "---\nname: broken\ntitle: Broken\nmodel: event\n---\n{% if model.number %}\nno end\n");

        var fromFolder = () => TemplateCatalog.FromFolder(folder);
        var overriding = () => TemplateCatalog.Embedded.WithOverrides(folder);

        fromFolder.Should().Throw<ReportInputException>().Which.Problems.Should().ContainSingle(p => p.Source.EndsWith("broken.liquid", StringComparison.Ordinal));
        overriding.Should().Throw<ReportInputException>().Which.Problems.Should().ContainSingle(p => p.Source.EndsWith("broken.liquid", StringComparison.Ordinal));
    }

    [Fact]
    public void A_folder_overrides_templates_of_the_same_name_and_adds_new_ones()
    {
        var baseCatalog = TemplateCatalog.FromTexts([new("a", Template("a", "Base A")), new("b", Template("b", "Base B"))]);
        File.WriteAllText(Path.Combine(folder, "b.liquid"), Template("b", "Override B"));
        File.WriteAllText(Path.Combine(folder, "c.liquid"), Template("c", "New C", "statement"));
        File.WriteAllText(Path.Combine(folder, "readme.txt"), "not a template");

        var catalog = baseCatalog.WithOverrides(folder);

        catalog.Names.Should().Equal("a", "b", "c");
        catalog.Get("a").Title.Should().Be("Base A");
        catalog.Get("b").Title.Should().Be("Override B");
        catalog.Get("b").Source.Should().Be(Path.Combine(folder, "b.liquid"));
        var c = catalog.Get("c");
        (c.ModelKind, c.Theme, c.Language).Should().Be((TemplateModelKind.Statement, "modern", "en-US"));
        baseCatalog.Get("b").Title.Should().Be("Base B", "the original catalog is unchanged");
    }

    [Fact]
    public void Errors_in_an_override_folder_name_the_file_and_line()
    {
        File.WriteAllText(Path.Combine(folder, "bad.liquid"), "---\nname: bad\ntitle: Bad\nmodel: event\n---\n\n{% if model.number %}");
        var act = () => TemplateCatalog.Embedded.WithOverrides(folder);
        var problem = act.Should().Throw<ReportInputException>().Which.Problems.Single();
        problem.Source.Should().Be(Path.Combine(folder, "bad.liquid"));
        problem.Line.Should().Be(7);
    }

    [Fact]
    public void A_missing_folder_is_a_clear_error()
    {
        var act = () => TemplateCatalog.Embedded.WithOverrides(Path.Combine(folder, "nope"));
        act.Should().Throw<DirectoryNotFoundException>().WithMessage("*nope*does not exist*");
    }

    [Fact]
    public void Get_with_an_unknown_name_lists_the_names()
    {
        var catalog = TemplateCatalog.FromTexts([new("a", Template("a", "A")), new("b", Template("b", "B"))]);
        var act = () => catalog.Get("zzz");
        var unknown = act.Should().Throw<UnknownTemplateException>().WithMessage("template name: There is no template 'zzz'; templates: a, b.").Which;
        unknown.TemplateName.Should().Be("zzz");
        unknown.KnownTemplates.Should().Equal("a", "b");
        unknown.Problems.Should().ContainSingle().Which.Source.Should().Be("template name");
        unknown.Should().BeAssignableTo<Csto.Domain.CstoException>();
    }
}
