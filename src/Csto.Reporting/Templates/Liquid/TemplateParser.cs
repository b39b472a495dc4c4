using System.Globalization;
using System.Text.RegularExpressions;
using Csto.Reporting.Diagnostics;
using Csto.Reporting.Text;
using Fluid;

namespace Csto.Reporting.Templates.Liquid;

/// <summary>Splits, checks and parses template files; parse errors point at the file's line and column.</summary>
internal static partial class TemplateParser
{
    /// <summary>The one Liquid parser (thread-safe once built), with <c>capture</c> as <see cref="LiteralEncoder.Capture"/>.</summary>
    public static FluidParser Parser { get; } = LiteralEncoder.Capture(new FluidParser(new FluidParserOptions { AllowFunctions = false }));

    /// <summary>
    /// Reads a template's front matter and parses its Liquid body now, or on first use for a bundled template
    /// (<see cref="TemplateSource.Bundled"/>), whose body the test suite parses.
    /// </summary>
    /// <param name="source">The file.</param>
    /// <param name="partials">What <c>include</c> and <c>render</c> may name; a literal name that is none of them is a
    /// problem at its tag. Null for a bundled template, whose includes the test suite checks.</param>
    public static ReportTemplate Parse(TemplateSource source, PartialNames? partials = null)
    {
        Inputs.InputText.Check(source.Text, source.Source);
        FrontMatter split;
        try
        {
            split = FrontMatter.Split(source.Text);
        }
        catch (FormatException exception)
        {
            throw new ReportInputException(new InputProblem(source.Source, exception.Message) { Line = 1, Column = 1 }, exception);
        }
        var header = TemplateHeader.Read(source.Name, source.Source, split.Yaml);
        Lazy<IFluidTemplate> parsed = source.Bundled
            ? new(() => ParseLiquid(source.Source, split.Body, split.BodyFirstLine))
            : new(ParseLiquid(source.Source, split.Body, split.BodyFirstLine, partials));
        return new ReportTemplate(header, source.Source, source.Text, split.Body, split.BodyFirstLine, parsed, source.Bundled);
    }

    /// <summary>Reads a partial; its Liquid is parsed now, or on first use for a bundled partial.</summary>
    public static TemplatePartial ParsePartial(TemplateSource source, PartialNames? partials = null)
    {
        Inputs.InputText.Check(source.Text, source.Source);
        var text = source.Text.Replace("\r\n", "\n", StringComparison.Ordinal);
        Lazy<IFluidTemplate> parsed = source.Bundled
            ? new(() => ParseLiquid(source.Source, text, 1))
            : new(ParseLiquid(source.Source, text, 1, partials));
        return new TemplatePartial(source.Name, source.Source, text) { Bundled = source.Bundled, Parsed = parsed };
    }

    /// <summary>Parses a Liquid text whose first line is line <paramref name="firstLine"/> of its file.</summary>
    /// <exception cref="ReportInputException">A syntax error, blocks nested too deep, or (with <paramref name="partials"/>)
    /// an include or render of a literal name that is no partial, each such tag a problem.</exception>
    public static IFluidTemplate ParseLiquid(string source, string body, int firstLine, PartialNames? partials = null)
    {
        TemplateLimits.CheckNesting(source, body, firstLine);
        if (!Parser.TryParse(body, out var template, out var error))
        {
            throw new ReportInputException(ParseProblem(source, error, firstLine));
        }
        if (partials?.Missing(template, source, body, firstLine) is { Count: > 0 } missing)
        {
            throw new ReportInputException(missing);
        }
        return LocatedTags.Wrap(template, source, body, firstLine);
    }

    /// <summary>Turns Fluid's "… at (line:column)\nSource: …" into a problem at the file position.</summary>
    public static InputProblem ParseProblem(string source, string error, int firstLine)
    {
        var match = PositionPattern().Match(error);
        if (!match.Success)
        {
            return new InputProblem(source, "Liquid syntax error: " + FirstLine(error));
        }
        var message = error[..match.Index].Trim();
        return new InputProblem(source, "Liquid syntax error: " + message)
        {
            Line = int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture) + firstLine - 1,
            Column = int.Parse(match.Groups[2].Value, CultureInfo.InvariantCulture),
        };
    }

    private static string FirstLine(string text)
    {
        var end = text.IndexOf('\n', StringComparison.Ordinal);
        return (end < 0 ? text : text[..end]).Trim();
    }

    [GeneratedRegex(@"\s*at \((\d+):(\d+)\)")]
    private static partial Regex PositionPattern();
}
