using Csto.Reporting.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace Csto.Reporting.Inputs;

/// <summary>
/// Bounds a YAML data file before it is loaded: nesting deeper than <see cref="MaxDepth"/> and any anchor or alias
/// are refused at their position. Aliases are what a «billion laughs» file multiplies; data files never need them,
/// so refusing them (rather than counting their expansion) keeps the converted JSON the size of the YAML text.
/// The check reads parser events one at a time, so it uses constant stack and memory whatever the input.
/// </summary>
internal static class YamlLimits
{
    /// <summary>The deepest nesting of mappings and sequences accepted: 64, the depth System.Text.Json allows for JSON data files.</summary>
    public const int MaxDepth = 64;

    /// <summary>Checks <paramref name="yaml"/>; returns normally when it is within the limits.</summary>
    /// <param name="yaml">The YAML text.</param>
    /// <param name="sourceName">The file name, for errors.</param>
    /// <param name="lineOffset">Added to the YAML's line numbers: the file line before the YAML's first (front matter).</param>
    /// <exception cref="ReportInputException">Every anchor and alias, and the first place nesting exceeds <see cref="MaxDepth"/>.</exception>
    /// <exception cref="YamlException">The text is malformed (reported by the caller at its position).</exception>
    public static void Check(string yaml, string sourceName, int lineOffset = 0)
    {
        ArgumentNullException.ThrowIfNull(yaml);
        var problems = new List<InputProblem>();
        var parser = new Parser(new StringReader(yaml));
        var depth = 0;
        while (parser.MoveNext())
        {
            var current = parser.Current!;
            switch (current)
            {
                case AnchorAlias alias:
                    problems.Add(At(sourceName, lineOffset, alias.Start, $"The alias *{alias.Value} repeats another node; data files do not support anchors and aliases: write the values out."));
                    break;
                case NodeEvent { Anchor.IsEmpty: false } anchored:
                    problems.Add(At(sourceName, lineOffset, anchored.Start, $"The anchor &{anchored.Anchor} names a node for aliases; data files do not support anchors and aliases."));
                    break;
            }
            if (current is MappingStart or SequenceStart && ++depth > MaxDepth)
            {
                problems.Add(At(sourceName, lineOffset, current.Start, $"The data is nested more than {MaxDepth} levels deep here; a data file needs far fewer."));
                break;
            }
            if (current is MappingEnd or SequenceEnd)
            {
                depth--;
            }
            if (problems.Count >= 100)
            {
                break;
            }
        }
        if (problems.Count > 0)
        {
            throw new ReportInputException(problems);
        }
    }

    private static InputProblem At(string sourceName, int lineOffset, Mark mark, string message) =>
        new(sourceName, message) { Line = (int)mark.Line + lineOffset, Column = (int)mark.Column };
}
