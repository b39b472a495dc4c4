using System.Globalization;
using System.Text.Json.Nodes;
using Csto.Reporting.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Csto.Reporting.Inputs;

/// <summary>
/// Converts a YAML data file into the equivalent JSON, remembering where in the YAML each JSON path came from,
/// so that an error found in the JSON (a wrong date at <c>$.participants[3].date</c>) points at the YAML line.
/// Plain scalars become numbers, booleans or null where YAML 1.2's core schema says so; everything else,
/// dates included, stays a string.
/// </summary>
internal sealed partial class YamlToJson
{
    private readonly PropertyPositions positions = new();

    private YamlToJson()
    {
    }

    /// <summary>The JSON text.</summary>
    public string Json { get; private set; } = string.Empty;

    /// <summary>Converts <paramref name="yaml"/>.</summary>
    /// <param name="yaml">The YAML text: one document whose root is a mapping.</param>
    /// <param name="sourceName">The file name, for errors.</param>
    /// <exception cref="ReportInputException">The YAML is malformed, uses anchors or aliases, is nested deeper than <see cref="YamlLimits.MaxDepth"/>, or its root is not a mapping.</exception>
    public static YamlToJson Convert(string yaml, string sourceName)
    {
        ArgumentNullException.ThrowIfNull(yaml);
        var stream = new YamlStream();
        try
        {
            YamlLimits.Check(yaml, sourceName);
            stream.Load(new StringReader(yaml));
        }
        catch (YamlException e)
        {
            throw new ReportInputException(new InputProblem(sourceName, "Malformed YAML: " + (e.InnerException?.Message ?? e.Message))
            {
                Line = (int)e.Start.Line,
                Column = (int)e.Start.Column,
            }, e);
        }
        if (stream.Documents.Count == 0 || stream.Documents is [{ RootNode: YamlScalarNode { Value: null or "", Style: ScalarStyle.Plain } }])
        {
            // Blank or only comments: YamlDotNet reads no document (or one empty scalar, for a lone '---').
            throw new ReportInputException(new InputProblem(sourceName, "The file is empty: a data file is a YAML mapping with 'template:' and 'record:' (kind: …).") { Line = 1, Column = 1 });
        }
        if (stream.Documents.Count != 1 || stream.Documents[0].RootNode is not YamlMappingNode root)
        {
            throw new ReportInputException(new InputProblem(sourceName, "A YAML data file must hold exactly one document whose top level is a mapping (key: value).") { Line = 1, Column = 1 });
        }
        var converter = new YamlToJson();
        var json = converter.ToNode(root, "$", sourceName);
        converter.Json = json!.ToJsonString();
        return converter;
    }

    /// <summary>
    /// The YAML position of a JSON path such as <c>$.participants[3].state</c> (System.Text.Json's
    /// <c>JsonException.Path</c>), or of its nearest ancestor that has one; null when nothing matches.
    /// </summary>
    public (int Line, int Column)? PositionOf(string? jsonPath) => positions.Of(jsonPath);

    /// <summary>The YAML positions of every path.</summary>
    internal PropertyPositions Positions => positions;

    private JsonNode? ToNode(YamlNode node, string path, string sourceName)
    {
        positions.Add(path, (int)node.Start.Line, (int)node.Start.Column);
        switch (node)
        {
            case YamlMappingNode mapping:
                var obj = new JsonObject();
                foreach (var (key, value) in mapping.Children)
                {
                    if (key is not YamlScalarNode { Value: { } name })
                    {
                        throw Problem(sourceName, key.Start, "A mapping key must be a plain name.");
                    }
                    obj[name] = ToNode(value, $"{path}.{name}", sourceName);
                }
                return obj;
            case YamlSequenceNode sequence:
                var array = new JsonArray();
                for (var i = 0; i < sequence.Children.Count; i++)
                {
                    array.Add(ToNode(sequence.Children[i], $"{path}[{i}]", sourceName));
                }
                return array;
            case YamlScalarNode scalar:
                return Scalar(scalar);
            default:
                throw Problem(sourceName, node.Start, "Aliases and anchors are not supported in data files.");
        }
    }

    private static JsonValue? Scalar(YamlScalarNode scalar)
    {
        var text = scalar.Value ?? string.Empty;
        if (scalar.Style != ScalarStyle.Plain)
        {
            return JsonValue.Create(text);
        }
        switch (text)
        {
            case "" or "~" or "null" or "Null" or "NULL":
                return null;
            case "true" or "True" or "TRUE":
                return JsonValue.Create(true);
            case "false" or "False" or "FALSE":
                return JsonValue.Create(false);
        }
        if (long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var integer))
        {
            return JsonValue.Create(integer);
        }
        // The core schema's octal (0o52) and hexadecimal (0x2A) integers are the numbers they denote.
        if (text.Length > 2 && text[0] == '0' && (text[1] == 'o' || text[1] == 'x')
            && long.TryParse(text.AsSpan(2), text[1] == 'x' ? NumberStyles.AllowHexSpecifier : NumberStyles.None, CultureInfo.InvariantCulture, out var based)
            && (text[1] == 'x' || text[2..].All(c => c is >= '0' and <= '7')))
        {
            return JsonValue.Create(text[1] == 'x' ? based : System.Convert.ToInt64(text[2..], 8));
        }
        if (CoreNumber().Match(text) is { Success: true } number)
        {
            // A number of the core schema (1e5, -2.5, 99999999999999999999, 1e400) stays a number, written as JSON
            // writes it, even when no .NET number holds it: the reader then says what the field takes and that the
            // file has a number out of range, not a text.
            var mantissa = number.Groups["mantissa"].Value;
            mantissa = (mantissa.StartsWith('.') ? "0" : string.Empty) + mantissa + (mantissa.EndsWith('.') ? "0" : string.Empty);
            return JsonNode.Parse((number.Groups["sign"].Value == "-" ? "-" : string.Empty) + mantissa + number.Groups["exponent"].Value)!.AsValue();
        }
        return JsonValue.Create(text);
    }

    /// <summary>YAML 1.2's core schema float (its decimal integers included): <c>[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?</c>.</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"^(?<sign>[-+]?)(?<mantissa>\.[0-9]+|[0-9]+(\.[0-9]*)?)(?<exponent>[eE][-+]?[0-9]+)?$", System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex CoreNumber();

    private static ReportInputException Problem(string sourceName, Mark mark, string message) =>
        new(new InputProblem(sourceName, message) { Line = (int)mark.Line, Column = (int)mark.Column });
}
