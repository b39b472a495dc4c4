using Csto.Domain;
using Csto.Domain.Serialization;
using Csto.Reporting.Diagnostics;

namespace Csto.Reporting.Inputs;

/// <summary>
/// Reads a data file (one domain record and the name of its template) written as JSON or YAML. Every error
/// comes back as a <see cref="ReportInputException"/> that names the file, the line and column in that file
/// (a YAML file's own lines, not those of the JSON it is converted to) and the property path.
/// </summary>
public static partial class DataFileReader
{
    /// <summary>The file extensions read as data files.</summary>
    public static IReadOnlyList<string> Extensions { get; } = [".json", ".yaml", ".yml"];

    /// <summary>Whether a path names a data file (by its extension).</summary>
    public static bool IsDataFile(string path) =>
        Extensions.Contains(Path.GetExtension(path), StringComparer.OrdinalIgnoreCase);

    /// <summary>Reads a JSON or YAML data file from disk.</summary>
    /// <exception cref="ReportInputException">The file is missing, not UTF-8, malformed, or not a valid data file.</exception>
    public static async Task<CstoDataFile> ReadFileAsync(string path, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(path);
        return Read(await InputText.ReadFileAsync(path, cancellationToken).ConfigureAwait(false), path);
    }

    /// <summary>Reads a data file's text; the format follows <paramref name="sourceName"/>'s extension (JSON unless .yaml/.yml).</summary>
    /// <exception cref="ReportInputException">The text is malformed or not a valid data file.</exception>
    public static CstoDataFile Read(string text, string sourceName) => ReadLocated(text, sourceName).File;

    /// <summary>
    /// Reads a data file's text and keeps the positions of its properties, for problems found after reading
    /// (<see cref="LocatedDataFile.Locate"/>).
    /// </summary>
    /// <exception cref="ReportInputException">The text is malformed, holds characters text may not hold (<see cref="InputText"/>), or is not a valid data file.</exception>
    public static LocatedDataFile ReadLocated(string text, string sourceName)
    {
        var problems = new List<InputProblem>();
        var file = ReadGathering(text, sourceName, problems);
        return problems.Count == 0 ? file! : throw new ReportInputException(problems);
    }

    /// <summary>
    /// Reads a data file's text, adding every problem to <paramref name="problems"/>: the characters text may not
    /// hold, those escapes put into strings, and the shape of the file together. The file is read when its JSON or
    /// YAML can be parsed (so its record can still be checked against the catalog); a YAML file with characters text
    /// may not hold is not parsed (the YAML reader refuses them too, less precisely), nor a file with such characters
    /// written as escapes (the JSON reader cannot read a lone surrogate written so).
    /// </summary>
    /// <returns>The file, or null when it cannot be read.</returns>
    /// <exception cref="ReportInputException">The YAML is malformed, too deep or uses aliases.</exception>
    internal static LocatedDataFile? ReadGathering(string text, string sourceName, List<InputProblem> problems)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(sourceName);
        var characters = InputText.Problems(text, sourceName);
        problems.AddRange(characters);
        var isYaml = Path.GetExtension(sourceName) is var extension
            && (extension.Equals(".yaml", StringComparison.OrdinalIgnoreCase) || extension.Equals(".yml", StringComparison.OrdinalIgnoreCase));
        if (!isYaml)
        {
            var positions = new Lazy<PropertyPositions>(() => JsonPositions.Map(text));
            if (AddEscapes(text, positions, sourceName, path => positions.Value.Of(path), problems))
            {
                return null;
            }
            try
            {
                var file = CstoJson.Read(characters.Count == 0 ? text : Parsable(text), sourceName);
                return new LocatedDataFile(file, sourceName, text, () => positions.Value);
            }
            catch (CstoDataException e)
            {
                problems.AddRange(e.Problems.Select(p => new InputProblem(sourceName, p.Detail)
                {
                    Line = (int?)p.LineNumber,
                    Column = p.BytePositionInLine is { } position ? (int)position + 1 : null,
                    Path = p.Path,
                }));
                return null;
            }
        }
        if (characters.Count > 0)
        {
            return null;
        }
        var converted = YamlToJson.Convert(text, sourceName);
        if (AddEscapes(converted.Json, new Lazy<PropertyPositions>(() => JsonPositions.Map(converted.Json)), sourceName, converted.PositionOf, problems))
        {
            return null;
        }
        try
        {
            return new LocatedDataFile(CstoJson.Read(converted.Json, sourceName), sourceName, text, () => converted.Positions);
        }
        catch (CstoDataException e)
        {
            problems.AddRange(e.Problems.Select(p =>
            {
                var position = converted.PositionOf(p.Path);
                return new InputProblem(sourceName, InYamlTerms(p.Detail)) { Line = position?.Line, Column = position?.Column, Path = p.Path };
            }));
            return null;
        }
    }

    /// <summary>
    /// A message of the JSON reader in YAML's terms: a YAML text needs no quotes, so «a text in quotes» in what a field
    /// takes becomes «a text» (what was found, after «, found », is left as it is).
    /// </summary>
    internal static string InYamlTerms(string detail)
    {
        var found = detail.IndexOf(", found ", StringComparison.Ordinal);
        var expected = found < 0 ? detail : detail[..found];
        var what = found < 0 ? string.Empty : detail[found..];
        // The core schema's infinities and not-a-number are numbers no field takes (JSON has none: they reach the reader as texts).
        what = SpecialFloat().Replace(what, m => $", found the number {m.Groups["value"].Value} ({(m.Groups["nan"].Success ? "not a number" : "infinity")}), which no field takes.");
        return expected.Replace(" in quotes", string.Empty, StringComparison.Ordinal) + what;
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"^, found the text ""(?<value>[-+]?\.(inf|Inf|INF)|(?<nan>\.(nan|NaN|NAN)))""\.$", System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex SpecialFloat();

    /// <summary>
    /// The text with a space for each control character (other than tab and line ends) and each lone surrogate, which
    /// the JSON reader refuses again; they are reported already, and the record is read only to check it further.
    /// </summary>
    private static string Parsable(string text) => string.Create(text.Length, text, static (span, text) =>
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var pair = char.IsHighSurrogate(c) ? i + 1 < text.Length && char.IsLowSurrogate(text[i + 1])
                : char.IsLowSurrogate(c) && i > 0 && char.IsHighSurrogate(text[i - 1]);
            span[i] = (c < ' ' && c is not '\t' and not '\r' and not '\n') || (char.IsSurrogate(c) && !pair) ? ' ' : c;
        }
    });

    /// <summary>
    /// Adds the characters that escapes (<c>\u0001</c>, a lone <c>\ud800</c> in JSON, <c>\x01</c> in YAML) put into
    /// strings, checked like raw ones.
    /// </summary>
    /// <returns>Whether there were any: then the file is not read further (the JSON reader cannot read a lone surrogate written so).</returns>
    private static bool AddEscapes(string json, Lazy<PropertyPositions> positions, string sourceName, Func<string, (int Line, int Column)?> positionOf, List<InputProblem> problems)
    {
        if (!json.Contains('\\', StringComparison.Ordinal))
        {
            return false;
        }
        var escaped = positions.Value.EscapedCharacterProblems(sourceName, positionOf);
        problems.AddRange(escaped);
        return escaped.Count > 0;
    }
}
