using Csto.Reporting.Diagnostics;
using Csto.Reporting.Text;
using Csto.Reporting.Themes;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Csto.Reporting.Templates;

/// <summary>The front matter of a template, read and checked.</summary>
internal sealed record TemplateHeader(
    string Name, string Title, string Description, TemplateModelKind ModelKind, string Language, string Theme, bool Numbered, bool TableOfContents)
{
    private static readonly string[] Keys = ["name", "title", "description", "model", "theme", "lang", "numbered", "toc"];
    private static readonly string[] Languages = ["ru-RU", "en-US"];

    /// <summary>Reads the front matter of the template <paramref name="name"/>; every problem is collected.</summary>
    /// <exception cref="ReportInputException">The front matter is missing, malformed or has wrong values.</exception>
    public static TemplateHeader Read(string name, string source, string yaml)
    {
        var problems = new List<InputProblem>();
        void Problem(string key, string message) =>
            problems.Add(new InputProblem(source, message) { Line = LineOf(yaml, key), Column = 1 });

        if (yaml.Length == 0)
        {
            throw new ReportInputException(new InputProblem(source,
                "A template must start with YAML front matter between '---' lines (name, title, model, and optionally description, theme, lang, numbered, toc).") { Line = 1, Column = 1 });
        }
        var values = SimpleFrontMatter.TryRead(yaml) is { } simple ? ToMapping(simple) : ReadMapping(source, yaml);

        foreach (var key in values.Keys.Where(k => !Keys.Contains(k, StringComparer.Ordinal)))
        {
            Problem(key, $"Unknown front matter key '{key}'; expected one of: {string.Join(", ", Keys)}.");
        }
        string Text(string key, bool required)
        {
            var value = values.TryGetValue(key, out var raw) ? raw as string : null;
            if (values.ContainsKey(key) && raw is not (string or null))
            {
                Problem(key, $"'{key}' must be a single text value.");
            }
            if (required && string.IsNullOrWhiteSpace(value))
            {
                problems.Add(new InputProblem(source, $"The front matter must set '{key}'.") { Line = 1, Column = 1 });
            }
            return value?.Trim() ?? string.Empty;
        }
        bool Flag(string key)
        {
            var value = Text(key, required: false);
            if (value.Length == 0 || value is "false" or "no")
            {
                return false;
            }
            if (value is "true" or "yes")
            {
                return true;
            }
            Problem(key, $"'{key}' must be true or false; got '{value}'.");
            return false;
        }

        var declaredName = Text("name", required: true);
        if (declaredName.Length > 0 && declaredName != name)
        {
            Problem("name", $"The template's name '{declaredName}' differs from its file name '{name}'; they must be equal.");
        }
        var title = Text("title", required: true);
        var description = Text("description", required: false);
        var model = Text("model", required: true);
        if (!TemplateModelKinds.TryParse(model, out var kind) && model.Length > 0)
        {
            Problem("model", $"Unknown model '{model}'; expected one of: {string.Join(", ", TemplateModelKinds.Names)}.");
        }
        var language = Text("lang", required: false);
        if (language.Length == 0)
        {
            language = "ru-RU";
        }
        else if (!Languages.Contains(language, StringComparer.Ordinal))
        {
            Problem("lang", $"Unknown language '{language}'; expected one of: {string.Join(", ", Languages)}.");
        }
        var theme = Text("theme", required: false);
        if (theme.Length == 0)
        {
            theme = BuiltInThemes.DefaultName;
        }
        else if (!BuiltInThemes.Exists(theme))
        {
            Problem("theme", $"Unknown theme '{theme}'; expected one of: {BuiltInThemes.Names}.");
        }
        var numbered = Flag("numbered");
        var toc = Flag("toc");

        if (problems.Count > 0)
        {
            throw new ReportInputException(problems);
        }
        return new TemplateHeader(name, title, description, kind, language, theme, numbered, toc);
    }

    /// <summary>The front matter of the simple shape as <see cref="ReadMapping"/> gives it, without the YAML parser.</summary>
    private static Dictionary<string, object?> ToMapping(IReadOnlyList<FrontMatterEntry> entries)
    {
        var values = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var entry in entries)
        {
            values[entry.Key] = !entry.Quoted && IsNull(entry.Value) ? null : entry.Value;
        }
        return values;
    }

    /// <summary>
    /// The front matter as key → value: a scalar is its text (<see langword="null"/> for YAML's null), a sequence or a
    /// mapping is the node itself. Read through YamlDotNet's representation model, which needs no reflection.
    /// </summary>
    /// <exception cref="ReportInputException">The text is not YAML, or not a mapping.</exception>
    private static Dictionary<string, object?> ReadMapping(string source, string yaml)
    {
        var stream = new YamlStream();
        try
        {
            using var reader = new StringReader(yaml);
            stream.Load(reader);
        }
        catch (YamlException exception)
        {
            throw new ReportInputException(new InputProblem(source, "The front matter is not valid YAML: " + exception.Message)
            { Line = (int)exception.Start.Line + 1, Column = (int)exception.Start.Column }, exception);
        }
        var values = new Dictionary<string, object?>(StringComparer.Ordinal);
        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is YamlScalarNode { Value: null or "" or "~" or "null" })
        {
            return values;
        }
        if (stream.Documents[0].RootNode is not YamlMappingNode mapping)
        {
            throw new ReportInputException(new InputProblem(source, "The front matter must be a YAML mapping of keys to values.") { Line = 2, Column = 1 });
        }
        foreach (var (key, value) in mapping.Children)
        {
            var name = key is YamlScalarNode { Value: { } text } ? text : key.ToString();
            values[name] = value is YamlScalarNode scalar
                ? (scalar.Style == ScalarStyle.Plain && IsNull(scalar.Value) ? null : scalar.Value)
                : (object)value;
        }
        return values;
    }

    /// <summary>Whether a plain scalar is YAML's null (YAML 1.2 core schema: empty, <c>~</c>, <c>null</c>, <c>Null</c>, <c>NULL</c>).</summary>
    private static bool IsNull(string? plain) => plain is null or "" or "~" or "null" or "Null" or "NULL";

    /// <summary>The file line of a key in the front matter (the front matter starts on line 2).</summary>
    private static int LineOf(string yaml, string key)
    {
        var lines = yaml.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            if (lines[i].StartsWith(key + ":", StringComparison.Ordinal))
            {
                return i + 2;
            }
        }
        return 1;
    }
}
