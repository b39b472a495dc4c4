using System.Globalization;
using System.Text.RegularExpressions;
using Csto.Reporting.Diagnostics;
using Fluid;

namespace Csto.Reporting.Templates.Liquid;

/// <summary>
/// Turns what goes wrong while a template runs into an <see cref="InputProblem"/> at the template's file
/// line and column. Fluid's run-time errors carry no position, so the offending name is looked up in the
/// template text (then in the partials).
/// </summary>
internal static partial class TemplateErrors
{
    public static InputProblem FromException(Exception exception, ReportTemplate template, TemplateCatalog catalog)
    {
        switch (exception)
        {
            case LocatedTags.LocatedFault { InnerException: LocatedTags.MissingPartialException missing } located:
                return new InputProblem(located.Template, catalog.PartialNames.NotFound(missing.Tag, missing.Name, located.Template) + IncludedFrom(located))
                {
                    Line = located.Line,
                    Column = located.Column,
                };
            case LocatedTags.LocatedFault located:
                var inner = FromException(located.InnerException!, template, catalog);
                return inner with
                {
                    Source = located.Template,
                    Line = located.Line,
                    Column = located.Column,
                    Message = inner.Message + IncludedFrom(located),
                };
            case TemplateRuntimeException runtime:
                return Locate(runtime.Message, runtime.Kind, runtime.Token, template, catalog);
            case FluidException fluid when UndefinedFilter().Match(fluid.Message) is { Success: true } match:
                var filter = match.Groups[1].Value;
                return Locate($"Unknown filter '{filter}'. Domain filters: {string.Join(", ", Filters.DomainFilters.Names)}; the standard Liquid filters are also available.",
                    TemplateRuntimeException.TokenKind.Filter, filter, template, catalog);
            case FluidException fluid when UndefinedVariable().Match(fluid.Message) is { Success: true } match:
                return Locate($"Undefined name '{match.Groups[1].Value}'.", TemplateRuntimeException.TokenKind.Name, match.Groups[1].Value, template, catalog);
            // Fluid words its step limit as recursion; its scope limit is set where the include limit (LocatedTags) is met first.
            case InvalidOperationException limit when IsFluidLimit(limit):
                return new InputProblem(template.Source,
                    string.Create(CultureInfo.InvariantCulture, $"The template ran more than {LiquidSandbox.MaxSteps:N0} steps (the sandbox limit) and was stopped; look for a loop over a huge range or a runaway include.").Replace(',', ' '));
            default:
                return new InputProblem(template.Source, $"The template failed while running: {exception.Message}");
        }
    }

    /// <summary>
    /// Whether an exception thrown while a template ran is the template's fault (an undefined name or filter, a bad
    /// filter argument, a sandbox limit) rather than a bug of this library, which must not pass for an input error.
    /// </summary>
    public static bool IsTemplateFault(Exception exception) => exception switch
    {
        LocatedTags.LocatedFault located => IsTemplateFault(located.InnerException!),
        LocatedTags.MissingPartialException or TemplateRuntimeException or FluidException => true,
        InvalidOperationException limit => IsFluidLimit(limit),
        _ => false,
    };

    private static bool IsFluidLimit(InvalidOperationException exception) =>
        exception.Message.Contains("maximum number of statements", StringComparison.Ordinal)
        || exception.Message.Contains("maximum level of recursion", StringComparison.Ordinal);

    /// <summary>« (included from template:t:8:1)»: the include and render tags a fault inside a partial was reached through, innermost first; a tag repeated in a row (a partial including itself) is written once with its count.</summary>
    private static string IncludedFrom(LocatedTags.LocatedFault fault)
    {
        if (fault.IncludedFrom.Count == 0)
        {
            return string.Empty;
        }
        var runs = new List<string>();
        for (var i = 0; i < fault.IncludedFrom.Count;)
        {
            var tag = fault.IncludedFrom[i];
            var count = 1;
            while (i + count < fault.IncludedFrom.Count && fault.IncludedFrom[i + count] == tag)
            {
                count++;
            }
            runs.Add(string.Create(CultureInfo.InvariantCulture, $"{tag.Template}:{tag.Line}:{tag.Column}{(count > 1 ? $" ({count} times)" : string.Empty)}"));
            i += count;
        }
        return " (included from " + string.Join(", from ", runs) + ")";
    }

    private static InputProblem Locate(string message, TemplateRuntimeException.TokenKind kind, string token, ReportTemplate template, TemplateCatalog catalog)
    {
        if (kind == TemplateRuntimeException.TokenKind.None || token.Length == 0)
        {
            return new InputProblem(template.Source, message);
        }
        var pattern = kind switch
        {
            TemplateRuntimeException.TokenKind.Filter => SourceLocator.FilterPattern(token),
            TemplateRuntimeException.TokenKind.Quoted => SourceLocator.QuotedPattern(token),
            _ => SourceLocator.NamePattern(token),
        };
        var quoted = kind == TemplateRuntimeException.TokenKind.Quoted;
        if (SourceLocator.Find(template.Body, pattern, quoted) is { } position)
        {
            return new InputProblem(template.Source, message) { Line = position.Line + template.BodyFirstLine - 1, Column = position.Column };
        }
        foreach (var partial in catalog.Partials.Values)
        {
            if (SourceLocator.Find(partial.Text, pattern, quoted) is { } inPartial)
            {
                return new InputProblem(partial.Source, message) { Line = inPartial.Line, Column = inPartial.Column };
            }
        }
        return new InputProblem(template.Source, message);
    }

    [GeneratedRegex("Undefined filter '([^']*)'")]
    private static partial Regex UndefinedFilter();

    [GeneratedRegex("Undefined variable '([^']*)'")]
    private static partial Regex UndefinedVariable();
}
