using System.Text.RegularExpressions;
using Csto.Domain.Validation;
using Csto.Reporting.Diagnostics;
using Fluid;
using Fluid.Ast;

namespace Csto.Reporting.Templates.Liquid;

/// <summary>
/// The partials a catalog's <c>include</c> and <c>render</c> may name, and the error for one that is not there:
/// <c>include: no template "nosuch" in DIR; did you mean "signatures"?</c>. A literal name is checked when the catalog
/// is built, at its tag; a name computed while the template runs, when the tag runs.
/// </summary>
/// <param name="names">The include names (file names without the leading '_' and <c>.liquid</c>).</param>
/// <param name="bundled">Whether the catalog holds the bundled partials besides those of a folder.</param>
internal sealed partial class PartialNames(IEnumerable<string> names, bool bundled)
{
    private readonly SortedSet<string> names = new(names, StringComparer.Ordinal);

    public bool Contains(string name) => names.Contains(name);

    /// <summary>The message for a <paramref name="tag"/> (<c>include</c>, <c>render</c>) of a partial <paramref name="name"/> that is not there, in a template from <paramref name="source"/>.</summary>
    public string NotFound(string tag, string name, string source)
    {
        var folder = source.StartsWith("template:", StringComparison.Ordinal) ? null : Path.GetDirectoryName(source);
        var where = folder is null
            ? "among the templates"
            : $"in {(folder.Length == 0 ? "." : folder)}{(bundled ? " or among the bundled templates" : string.Empty)}";
        var nearest = Nearest.Of(name, names);
        var suggestion = nearest.Count > 0
            ? $"; did you mean {string.Join(" or ", nearest.Select(n => $"\"{n}\""))}?"
            : names.Count > 0 ? $"; partials: {string.Join(", ", names)}." : "; there are no partials.";
        return $"{tag}: no template \"{name}\" {where} (a partial is a file _{name}.liquid){suggestion}";
    }

    /// <summary>
    /// Every <c>include</c> and <c>render</c> of <paramref name="template"/> that names a missing partial by a literal,
    /// at its tag (each occurrence); <paramref name="body"/> is the text it was parsed from, whose first line is
    /// <paramref name="firstLine"/> of <paramref name="source"/>.
    /// </summary>
    public IReadOnlyList<InputProblem> Missing(IFluidTemplate template, string source, string body, int firstLine)
    {
        var visitor = new LiteralNames();
        visitor.VisitTemplate(template);
        var problems = new List<InputProblem>();
        foreach (var (tag, name) in visitor.Found.Where(f => !Contains(f.Name)).Distinct())
        {
            var message = NotFound(tag, name, source);
            var tags = TagPattern().Matches(body).Where(m => m.Groups["kind"].Value == tag && m.Groups["name"].Value == name).ToList();
            problems.AddRange(tags.Count == 0
                ? [new InputProblem(source, message)]
                : tags.Select(m => SourceLocator.Position(body, m.Index, firstLine))
                    .Select(p => new InputProblem(source, message) { Line = p.Line, Column = p.Column }));
        }
        return InputProblem.ByPosition(problems);
    }

    [GeneratedRegex(@"\{%-?\s*(?<kind>include|render)\s+(?<quote>['""])(?<name>[^'""]*)\k<quote>", RegexOptions.CultureInvariant)]
    private static partial Regex TagPattern();

    /// <summary>The partial names that includes and renders give as literals (a path is refused when it runs, not here).</summary>
    private sealed class LiteralNames : AstVisitor
    {
        public List<(string Tag, string Name)> Found { get; } = [];

        protected override Statement VisitIncludeStatement(IncludeStatement includeStatement)
        {
            if (includeStatement.Path is LiteralExpression literal)
            {
                Add("include", literal.Value.ToStringValue());
            }
            return base.VisitIncludeStatement(includeStatement);
        }

        protected override Statement VisitRenderStatement(RenderStatement renderStatement)
        {
            Add("render", renderStatement.Path);
            return base.VisitRenderStatement(renderStatement);
        }

        private void Add(string tag, string path)
        {
            if (PartialFileProvider.IsPath(path))
            {
                return;
            }
            Found.Add((tag, PartialFileProvider.NameOf(path)));
        }
    }
}
