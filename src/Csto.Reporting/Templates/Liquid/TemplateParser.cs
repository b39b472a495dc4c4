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
    public static ReportTemplate Parse(TemplateSource source)
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
            : new(ParseLiquid(source.Source, split.Body, split.BodyFirstLine));
        return new ReportTemplate(header, source.Source, source.Text, split.Body, split.BodyFirstLine, parsed, source.Bundled);
    }

    public static TemplatePartial ParsePartial(TemplateSource source)
    {
        Inputs.InputText.Check(source.Text, source.Source);
        var text = source.Text.Replace("\r\n", "\n", StringComparison.Ordinal);
        if (!source.Bundled)
        {
            ParseLiquid(source.Source, text, 1);
        }
        return new TemplatePartial(source.Name, source.Source, text) { Bundled = source.Bundled };
    }

    /// <summary>Parses a Liquid text whose first line is line <paramref name="firstLine"/> of its file.</summary>
    public static IFluidTemplate ParseLiquid(string source, string body, int firstLine)
    {
        TemplateLimits.CheckNesting(source, body, firstLine);
        if (Parser.TryParse(body, out var template, out var error))
        {
            return LocatedTags.Wrap(template, source, body, firstLine);
        }
        throw new ReportInputException(ParseProblem(source, error, firstLine));
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
