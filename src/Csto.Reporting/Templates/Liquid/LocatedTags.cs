using System.Text.Encodings.Web;
using System.Text.RegularExpressions;
using Fluid;
using Fluid.Ast;

namespace Csto.Reporting.Templates.Liquid;

/// <summary>
/// Gives the sandbox limits a position: Fluid's statements carry none, so the loops (<c>{% for %}</c>), includes
/// and renders of a template are wrapped, in text order, by statements that know the line and column of their
/// tag. A limit hit inside one (too many steps, includes nested too deep, output too long, a range too large) is
/// reported at the innermost such tag. When the tags found in the text do not match the parsed statements one to
/// one (a <c>{% liquid %}</c> block, tags in comments), nothing is located rather than something wrongly.
/// </summary>
internal static partial class LocatedTags
{
    /// <summary>The template with its loops, includes and renders wrapped; <paramref name="firstLine"/> is the body's first file line.</summary>
    public static IFluidTemplate Wrap(IFluidTemplate template, string source, string body, int firstLine)
    {
        var tags = TagPattern().Matches(body).Select(m => (Kind: m.Groups["kind"].Value, Position: SourceLocator.Position(body, m.Index, firstLine))).ToList();
        var rewriter = new Rewriter(source, tags);
        var rewritten = rewriter.VisitTemplate(template);
        rewriter.Matched = rewriter.Visited.Count == tags.Count && rewriter.Visited.Zip(tags).All(p => p.First == p.Second.Kind);
        return rewritten;
    }

    /// <summary>
    /// A template fault (a sandbox limit, a missing partial) with the position of the innermost tag it happened in,
    /// and the include and render tags it was reached through, innermost first.
    /// </summary>
    internal sealed class LocatedFault(string source, int? line, int? column, Exception fault)
        : Exception(fault.Message, fault)
    {
        public string Template { get; } = source;

        public int? Line { get; } = line;

        public int? Column { get; } = column;

        /// <summary>The include and render tags the fault was reached through, innermost first.</summary>
        public List<(string Template, int Line, int Column)> IncludedFrom { get; } = [];
    }

    /// <summary>An include or render named no partial of the catalog (a name computed while the template ran).</summary>
    internal sealed class MissingPartialException(string tag, string name, Exception inner) : Exception($"{tag}: no template \"{name}\"", inner)
    {
        public string Tag { get; } = tag;

        public string Name { get; } = name;
    }

    [GeneratedRegex(@"\{%-?\s*(?<kind>for|include|render)\b", RegexOptions.CultureInvariant)]
    private static partial Regex TagPattern();

    private sealed class Rewriter(string source, List<(string Kind, (int Line, int Column) Position)> tags) : AstRewriter
    {
        public List<string> Visited { get; } = [];

        public bool Matched { get; set; }

        protected override Statement VisitForStatement(ForStatement forStatement) => Located("for", () => base.VisitForStatement(forStatement));

        protected override Statement VisitIncludeStatement(IncludeStatement includeStatement) =>
            Located("include", () => base.VisitIncludeStatement(includeStatement), includeStatement.Path is LiteralExpression literal ? literal.Value.ToStringValue() : null);

        protected override Statement VisitRenderStatement(RenderStatement renderStatement) =>
            Located("render", () => base.VisitRenderStatement(renderStatement), renderStatement.Path);

        protected override Expression VisitRangeExpression(RangeExpression rangeExpression) => BoundedRanges.Bound(rangeExpression);

        private LocatedStatement Located(string kind, Func<Statement> visitChildren, string? literalName = null)
        {
            var index = Visited.Count;
            Visited.Add(kind);
            var inner = visitChildren();
            return new LocatedStatement(inner, () => Matched && index < tags.Count ? tags[index].Position : null, source, kind, literalName);
        }
    }

    /// <summary>A for, include or render statement that knows its tag; an include or render also counts how deep includes nest.</summary>
    private sealed class LocatedStatement(Statement inner, Func<(int Line, int Column)?> position, string source, string kind, string? literalName) : Statement
    {
        private const string DepthKey = "Csto.Reporting.IncludeDepth";

        private bool IsInclude => kind != "for";

        public override async ValueTask<Completion> WriteToAsync(TextWriter writer, TextEncoder encoder, TemplateContext context)
        {
            var depth = 0;
            if (IsInclude)
            {
                depth = context.AmbientValues.TryGetValue(DepthKey, out var value) ? (int)value : 0;
                if (depth >= LiquidSandbox.MaxRecursion)
                {
                    var at = position();
                    throw new LocatedFault(source, at?.Line, at?.Column, new TemplateRuntimeException(
                        $"Includes are nested deeper than {LiquidSandbox.MaxRecursion} levels (the sandbox limit); a partial probably includes itself."));
                }
                context.AmbientValues[DepthKey] = depth + 1;
            }
            try
            {
                return await inner.WriteToAsync(writer, encoder, context);
            }
            catch (LocatedFault fault) when (IsInclude && position() is var (line, column))
            {
                fault.IncludedFrom.Add((source, line, column));
                throw;
            }
            catch (FileNotFoundException missing) when (IsInclude)
            {
                // Fluid's include found no partial of the name it computed (a literal name is checked when the catalog is built).
                var at = position();
                throw new LocatedFault(source, at?.Line, at?.Column, new MissingPartialException(kind, literalName ?? PartialFileProvider.NameOf(missing.Message), missing));
            }
            catch (Exception e) when (e is not LocatedFault && IsUnplacedLimit(e) && position() is var (line, column))
            {
                throw new LocatedFault(source, line, column, e);
            }
            finally
            {
                if (IsInclude)
                {
                    context.AmbientValues[DepthKey] = depth;
                }
            }
        }

        // A limit whose place the message cannot give: steps, include depth, output size, a range too large.
        private static bool IsUnplacedLimit(Exception e) => e switch
        {
            TemplateRuntimeException runtime => runtime.Kind == TemplateRuntimeException.TokenKind.None,
            InvalidOperationException => TemplateErrors.IsTemplateFault(e),
            _ => false,
        };
    }
}
