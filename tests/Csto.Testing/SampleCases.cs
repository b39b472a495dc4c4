using Csto.Reporting.Documents;
using Csto.Reporting.Generation;
using Csto.Reporting.Inputs;
using Csto.Reporting.Templates;
using Csto.Reporting.Themes;
using Xunit;

namespace Csto.Testing;

/// <summary>
/// The sample inputs of <c>samples/data</c> and the templates they render through: every data file (JSON or YAML)
/// with every template of its record's kind (the Russian and the English variants), and every analyst's Markdown
/// file through the Markdown road. The tree, PDF and DOCX snapshot tests all cover these pairs.
/// </summary>
public static class SampleCases
{
    /// <summary>The template column of a Markdown sample, which has no template.</summary>
    public const string Markdown = "markdown";

    private static readonly ReportGenerator Generator = new(TemplateCatalog.Embedded, []);

    /// <summary>Every (sample file name, template) pair, in a stable order.</summary>
    public static IReadOnlyList<(string File, string Template)> All()
    {
        var cases = new List<(string, string)>();
        foreach (var path in Directory.GetFiles(RepositoryPaths.SampleData).Order(StringComparer.Ordinal))
        {
            var file = Path.GetFileName(path);
            if (DataFileReader.IsDataFile(path))
            {
                var record = DataFileReader.Read(File.ReadAllText(path), path).Record;
                foreach (var template in TemplateCatalog.Embedded.Templates.Where(t => t.ModelKind == TemplateModelKinds.Of(record)))
                {
                    cases.Add((file, template.Name));
                }
            }
            else if (path.EndsWith(".md", StringComparison.OrdinalIgnoreCase) && !file.Equals("README.md", StringComparison.OrdinalIgnoreCase))
            {
                cases.Add((file, Markdown));
            }
        }
        return cases;
    }

    /// <summary>The pairs as xUnit theory data.</summary>
    public static TheoryData<string, string> TheoryData()
    {
        var data = new TheoryData<string, string>();
        foreach (var (file, template) in All())
        {
            data.Add(file, template);
        }
        return data;
    }

    /// <summary>The snapshot name of a pair: the file name without its extension, then the template.</summary>
    public static string Name(string file, string template) => $"{Path.GetFileNameWithoutExtension(file)}.{template}";

    /// <summary>Builds the document tree of a pair, as the report generator does.</summary>
    public static ReportDocument Build(string file, string template)
    {
        var path = Path.Combine(RepositoryPaths.SampleData, file);
        var text = File.ReadAllText(path);
        return template == Markdown
            ? Generator.BuildMarkdownDocument(text, path, Csto.Reporting.Markdown.ImageFolder.Loader(RepositoryPaths.SampleData))
            : Generator.BuildDocument(template, DataFileReader.Read(text, path).Record);
    }

    /// <summary>The theme the report generator renders a document in: the one its template or front matter names, else ГОСТ.</summary>
    public static Theme ThemeOf(ReportDocument document) =>
        BuiltInThemes.TryGet(document.ThemeName, out var theme) ? theme : BuiltInThemes.Gost;
}
