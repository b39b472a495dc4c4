using System.Text.Encodings.Web;
using System.Text.RegularExpressions;
using Fluid;
using Fluid.Ast;
using Fluid.Parser;

namespace Csto.Reporting.Templates.Liquid;

/// <summary>
/// Gives the sandbox limits a position: Fluid's statements carry none, so the loops (<c>{% for %}</c>), includes,
/// renders, assigns and captures of a template are wrapped, in text order, by statements that know the line and
/// column of their tag. A limit hit inside one (too many steps, includes nested too deep, output too long, a range
/// too large) is reported at the innermost such tag; a text too long for an assign or capture at that very tag. When the tags found in the text do not match the parsed statements one to
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

    [GeneratedRegex(@"\{%-?\s*(?<kind>for|include|render|assign|capture)\b", RegexOptions.CultureInvariant)]
    private static partial Regex TagPattern();

    private sealed class Rewriter(string source, List<(string Kind, (int Line, int Column) Position)> tags) : AstRewriter
    {
        public List<string> Visited { get; } = [];

        public bool Matched { get; set; }

        protected override Statement VisitForStatement(ForStatement forStatement) => Located("for", () => base.VisitForStatement(forStatement));

        private bool InArguments { get; set; }

        protected override Statement VisitIncludeStatement(IncludeStatement includeStatement) =>
            Located("include", () => Arguments(() => base.VisitIncludeStatement(includeStatement)), includeStatement.Path is LiteralExpression literal ? literal.Value.ToStringValue() : null);

        protected override Statement VisitRenderStatement(RenderStatement renderStatement) =>
            Located("render", () => Arguments(() => base.VisitRenderStatement(renderStatement)), renderStatement.Path);

        private Statement Arguments(Func<Statement> visit)
        {
            InArguments = true;
            try
            {
                return visit();
            }
            finally
            {
                InArguments = false;
            }
        }

        // The arguments of an include or render (`{% include 'body', form: "gen" %}`) are assign statements of their
        // own, which must stay assign statements and are not tags: only a tag `{% assign %}` is wrapped.
        protected override Statement VisitAssignStatement(AssignStatement assignStatement) =>
            InArguments ? base.VisitAssignStatement(assignStatement) : Located("assign", () => base.VisitAssignStatement(assignStatement));

        // The capture block is the sandbox's own (LiteralEncoder.Capture), registered as a parser block.
        protected override Statement VisitParserBlockStatement<T>(ParserBlockStatement<T> parserBlockStatement) =>
            parserBlockStatement.TagName == "capture"
                ? Located("capture", () => base.VisitParserBlockStatement(parserBlockStatement))
                : base.VisitParserBlockStatement(parserBlockStatement);

        protected override Expression VisitRangeExpression(RangeExpression rangeExpression) => BoundedRanges.Bound(rangeExpression);

        private LocatedStatement Located(string kind, Func<Statement> visitChildren, string? literalName = null)
        {
            var index = Visited.Count;
            Visited.Add(kind);
            var inner = visitChildren();
            return new LocatedStatement(inner, () => Matched && index < tags.Count ? tags[index].Position : null, source, kind, literalName);
        }
    }

    /// <summary>A for, include, render, assign or capture statement that knows its tag; an include or render also counts how deep includes nest.</summary>
    private sealed class LocatedStatement(Statement inner, Func<(int Line, int Column)?> position, string source, string kind, string? literalName) : Statement
    {
        private const string DepthKey = "Csto.Reporting.IncludeDepth";

        private bool IsInclude => kind is "include" or "render";

        private bool IsAssignment => kind is "assign" or "capture";

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
            catch (TemplateRuntimeException e) when (IsAssignment && e.Data.Contains(TemplateLimits.ValueLimitKey) && position() is var (line, column))
            {
                // The assign or capture that made a text too long (its own tag, not the first place its name appears).
                throw new LocatedFault(source, line, column, new TemplateRuntimeException(e.Message));
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
