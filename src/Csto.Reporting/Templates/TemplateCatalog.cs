using System.Reflection;
using System.Text;
using Csto.Reporting.Diagnostics;
using Csto.Reporting.Templates.Liquid;

namespace Csto.Reporting.Templates;

/// <summary>
/// The report templates: those embedded in this assembly from the repository's <c>templates/</c> folder, and
/// optionally a folder given at run time whose templates override (same name) or add to them. A template of a
/// folder (or of texts) is read and parsed when the catalog is built, so a broken one fails the build of the
/// catalog with every problem listed; an embedded template, which the test suite reads, is read when it is first
/// asked for (a Markdown input needs one template, a listing all) and its Liquid parsed when it first runs, also
/// in a catalog with overrides. Files whose name starts with <c>_</c> are partials: they have no front matter, are
/// not listed, and are used with <c>{% include 'name' %}</c> (without the underscore).
/// </summary>
public sealed class TemplateCatalog
{
    private const string ResourcePrefix = "Csto.Reporting.Templates.";
    private const string Extension = ".liquid";

    private static readonly Lazy<TemplateCatalog> LazyEmbedded = new(LoadEmbedded);

    // By name: the template's file and the template read from it (already, or on first use for an embedded one).
    private readonly Dictionary<string, (TemplateSource File, Lazy<ReportTemplate> Template)> templates;
    private readonly Lazy<IReadOnlyList<ReportTemplate>> ordered;

    private TemplateCatalog(Dictionary<string, (TemplateSource File, Lazy<ReportTemplate> Template)> templates, Dictionary<string, TemplatePartial> partials, PartialNames partialNames)
    {
        this.templates = templates;
        Partials = partials;
        PartialNames = partialNames;
        // Loops rather than Linq here and in Build: listing the templates is a whole process of its own (`templates`),
        // and Linq's ToArray over these types is code that every start compiled.
        var names = new string[templates.Count];
        var i = 0;
        foreach (var name in templates.Keys)
        {
            names[i++] = name;
        }
        // Array.Sort, not Linq's Order, whose index map a start compiles (vectorised code ReadyToRun cannot keep).
        Array.Sort(names, StringComparer.Ordinal);
        Names = names;
        ordered = new(() => Array.ConvertAll(names, name => templates[name].Template.Value));
    }

    /// <summary>The templates shipped inside Csto.Reporting.</summary>
    /// <exception cref="ReportInputException">An embedded template is broken (a build defect).</exception>
    public static TemplateCatalog Embedded => LazyEmbedded.Value;

    /// <summary>Every template, ordered by name.</summary>
    /// <exception cref="ReportInputException">An embedded template is broken (a build defect; the test suite reads every one).</exception>
    public IReadOnlyList<ReportTemplate> Templates => ordered.Value;

    /// <summary>The template names, ordered.</summary>
    public IEnumerable<string> Names { get; }

    internal IReadOnlyDictionary<string, TemplatePartial> Partials { get; }

    /// <summary>The partials' include names, for the error of an include or render that names none of them.</summary>
    internal PartialNames PartialNames { get; }

    /// <summary>Reads every <c>*.liquid</c> file of <paramref name="folder"/> (not its sub-folders) as a catalog of its own.</summary>
    /// <exception cref="DirectoryNotFoundException">The folder does not exist.</exception>
    /// <exception cref="ReportInputException">A template is broken; every problem of every file is listed.</exception>
    public static TemplateCatalog FromFolder(string folder) => Build(ReadFolder(folder));

    /// <summary>
    /// A catalog of this catalog's templates and partials, with the <c>*.liquid</c> files of
    /// <paramref name="folder"/> replacing those of the same name and adding the others.
    /// </summary>
    /// <exception cref="DirectoryNotFoundException">The folder does not exist.</exception>
    /// <exception cref="ReportInputException">A template in the folder is broken; every problem is listed.</exception>
    public TemplateCatalog WithOverrides(string folder)
    {
        var sources = templates.Values.Select(t => t.File)
            .Concat(Partials.Values.Select(p => new TemplateSource(p.FileName, p.Source, p.Text) { Bundled = p.Bundled }))
            .ToDictionary(s => s.Name, StringComparer.Ordinal);
        foreach (var source in ReadFolder(folder))
        {
            sources[source.Name] = source;
        }
        return Build(sources.Values);
    }

    /// <summary>Builds a catalog from texts: each pair is a file name without <c>.liquid</c> and the file's text.</summary>
    /// <exception cref="ReportInputException">A template is broken; every problem is listed.</exception>
    public static TemplateCatalog FromTexts(IEnumerable<KeyValuePair<string, string>> files)
    {
        ArgumentNullException.ThrowIfNull(files);
        return Build(files.Select(f => new TemplateSource(f.Key, "template:" + f.Key, f.Value)));
    }

    /// <summary>The template called <paramref name="name"/>.</summary>
    /// <exception cref="UnknownTemplateException">No template has that name; the message lists the names.</exception>
    public ReportTemplate Get(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return TryGet(name, out var template)
            ? template
            : throw new UnknownTemplateException(name, [.. Names.Order(StringComparer.Ordinal)]);
    }

    /// <summary>Finds the template called <paramref name="name"/>.</summary>
    /// <exception cref="ReportInputException">The embedded template of that name is broken (a build defect).</exception>
    public bool TryGet(string name, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out ReportTemplate? template)
    {
        template = templates.TryGetValue(name, out var entry) ? entry.Template.Value : null;
        return template is not null;
    }

    private static TemplateCatalog LoadEmbedded()
    {
        var assembly = typeof(TemplateCatalog).Assembly;
        var resources = assembly.GetManifestResourceNames();
        Array.Sort(resources, StringComparer.Ordinal);
        var sources = new List<TemplateSource>();
        foreach (var resource in resources)
        {
            if (resource.StartsWith(ResourcePrefix, StringComparison.Ordinal) && resource.EndsWith(Extension, StringComparison.Ordinal))
            {
                var name = resource[ResourcePrefix.Length..^Extension.Length];
                sources.Add(new TemplateSource(name, "template:" + name, ReadResource(assembly, resource)) { Bundled = true });
            }
        }
        return Build(sources);
    }

    private static string ReadResource(Assembly assembly, string resource)
    {
        using var stream = assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"The embedded template resource '{resource}' cannot be opened.");
        var bytes = new byte[stream.Length];
        stream.ReadExactly(bytes);
        ReadOnlySpan<byte> text = bytes;
        return Encoding.UTF8.GetString(text.StartsWith(Encoding.UTF8.Preamble) ? text[Encoding.UTF8.Preamble.Length..] : text);
    }

    private static List<TemplateSource> ReadFolder(string folder)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(folder);
        if (!Directory.Exists(folder))
        {
            throw new DirectoryNotFoundException($"The template folder '{folder}' does not exist.");
        }
        return [.. Directory.EnumerateFiles(folder, "*" + Extension)
            .Order(StringComparer.Ordinal)
            .Select(path => new TemplateSource(Path.GetFileName(path)[..^Extension.Length], path, Inputs.InputText.Decode(File.ReadAllBytes(path), path)))];
    }

    /// <summary>
    /// The catalog of <paramref name="sources"/>: every template's front matter is read now (every problem thrown
    /// together), except a bundled one's, read when the template is first asked for (as <see cref="TemplateParser"/>
    /// defers a bundled template's Liquid).
    /// </summary>
    private static TemplateCatalog Build(IEnumerable<TemplateSource> sources)
    {
        var all = new List<TemplateSource>(sources);
        var partialIncludeNames = new List<string>();
        var bundledPartial = false;
        var ownFile = false;
        foreach (var source in all)
        {
            if (source.Name.StartsWith('_'))
            {
                partialIncludeNames.Add(source.Name[1..]);
                bundledPartial |= source.Bundled;
            }
            ownFile |= !source.Bundled;
        }
        var partialNames = new PartialNames(partialIncludeNames, bundled: bundledPartial && ownFile);
        var templates = new Dictionary<string, (TemplateSource, Lazy<ReportTemplate>)>(StringComparer.Ordinal);
        var partials = new Dictionary<string, TemplatePartial>(StringComparer.Ordinal);
        var problems = new List<InputProblem>();
        foreach (var source in all)
        {
            try
            {
                if (source.Name.StartsWith('_'))
                {
                    var partial = TemplateParser.ParsePartial(source, partialNames);
                    partials[partial.IncludeName] = partial;
                }
                else
                {
                    var template = new Lazy<ReportTemplate>(() => TemplateParser.Parse(source, partialNames), LazyThreadSafetyMode.ExecutionAndPublication);
                    if (!source.Bundled)
                    {
                        _ = template.Value;
                    }
                    templates[source.Name] = (source, template);
                }
            }
            catch (ReportInputException exception)
            {
                problems.AddRange(exception.Problems);
            }
        }
        if (problems.Count > 0)
        {
            throw new ReportInputException(problems);
        }
        return new TemplateCatalog(templates, partials, partialNames);
    }
}

/// <summary>A template file before parsing.</summary>
/// <param name="Name">The file name without <c>.liquid</c>.</param>
/// <param name="Source">How errors name it: a path or <c>template:name</c>.</param>
/// <param name="Text">The whole file.</param>
internal sealed record TemplateSource(string Name, string Source, string Text)
{
    /// <summary>
    /// Whether the file is one of the templates shipped inside Csto.Reporting: their Liquid is parsed on first use
    /// (the test suite parses every one), so that listing the catalog costs only the front matter. A user's files
    /// are parsed when the catalog is built, so that every problem of every file is reported at once.
    /// </summary>
    public bool Bundled { get; init; }
}
