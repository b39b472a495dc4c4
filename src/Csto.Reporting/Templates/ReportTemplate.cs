using Fluid;

namespace Csto.Reporting.Templates;

/// <summary>
/// A report template: its front matter (name, title, model kind, language, theme, numbering, table of contents)
/// and its parsed Liquid body, which produces Markdown. Created by <see cref="TemplateCatalog"/>.
/// </summary>
public sealed class ReportTemplate
{
    internal ReportTemplate(TemplateHeader header, string source, string rawText, string body, int bodyFirstLine, Lazy<IFluidTemplate> parsed, bool bundled)
    {
        RawText = rawText;
        Name = header.Name;
        Title = header.Title;
        Description = header.Description;
        ModelKind = header.ModelKind;
        Language = header.Language;
        Theme = header.Theme;
        Numbered = header.Numbered;
        TableOfContents = header.TableOfContents;
        Source = source;
        Body = body;
        BodyFirstLine = bodyFirstLine;
        parsedBody = parsed;
        Bundled = bundled;
    }

    /// <summary>The name, equal to the file name without <c>.liquid</c>: <c>summit-declaration</c>, <c>statement.en</c>.</summary>
    public string Name { get; }

    /// <summary>A human title, such as «Декларация Совета коллективной безопасности».</summary>
    public string Title { get; }

    /// <summary>What the template is for.</summary>
    public string Description { get; }

    /// <summary>The kind of record the template takes.</summary>
    public TemplateModelKind ModelKind { get; }

    /// <summary>The document language: <c>ru-RU</c> or <c>en-US</c>.</summary>
    public string Language { get; }

    /// <summary>The default theme name: <c>gost</c> or <c>modern</c>.</summary>
    public string Theme { get; }

    /// <summary>Whether headings are numbered.</summary>
    public bool Numbered { get; }

    /// <summary>Whether the template asks for a table of contents.</summary>
    public bool TableOfContents { get; }

    /// <summary>Where the template came from, as used in error messages: <c>template:statement</c> or a file path.</summary>
    public string Source { get; }

    /// <summary>The Liquid body (after the front matter).</summary>
    public string Body { get; }

    /// <summary>The 1-based line of the file where <see cref="Body"/> starts.</summary>
    public int BodyFirstLine { get; }

    /// <summary>The parsed Liquid body: parsed when the catalog was built, or — for the bundled templates, which the
    /// test suite parses — on the first render, so that listing the catalog reads front matter only.</summary>
    internal IFluidTemplate Parsed => parsedBody.Value;

    private readonly Lazy<IFluidTemplate> parsedBody;

    /// <summary>Whether the template is one of those shipped inside Csto.Reporting.</summary>
    internal bool Bundled { get; }

    internal string RawText { get; }

    /// <summary>The file line of the front matter's <c>model:</c> key, for error messages.</summary>
    internal int ModelLine
    {
        get
        {
            var lines = RawText.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
            var index = Array.FindIndex(lines, 0, Math.Max(0, BodyFirstLine - 1), l => l.StartsWith("model:", StringComparison.Ordinal));
            return index < 0 ? 1 : index + 1;
        }
    }

    /// <inheritdoc/>
    public override string ToString() => $"{Name} ({ModelKind.ToName()}, {Language}): {Title}";
}
