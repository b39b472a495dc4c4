using Csto.Domain;
using Csto.Domain.Serialization;
using Csto.Reporting.Diagnostics;

namespace Csto.Reporting.Inputs;

/// <summary>
/// Reads a data file (one domain record and the name of its template) written as JSON or YAML. Every error
/// comes back as a <see cref="ReportInputException"/> that names the file, the line and column in that file
/// (a YAML file's own lines, not those of the JSON it is converted to) and the property path.
/// </summary>
public static class DataFileReader
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
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(sourceName);
        var characters = InputText.Problems(text, sourceName);
        var isYaml = Path.GetExtension(sourceName) is var extension
            && (extension.Equals(".yaml", StringComparison.OrdinalIgnoreCase) || extension.Equals(".yml", StringComparison.OrdinalIgnoreCase));
        if (!isYaml)
        {
            var positions = new Lazy<PropertyPositions>(() => JsonPositions.Map(text));
            CheckEscapes(text, characters, positions, sourceName, path => positions.Value.Of(path));
            try
            {
                var file = CstoJson.Read(text, sourceName);
                return new LocatedDataFile(file, sourceName, text, () => positions.Value);
            }
            catch (CstoDataException e)
            {
                throw new ReportInputException([.. e.Problems.Select(p => new InputProblem(sourceName, p.Detail)
                {
                    Line = (int?)p.LineNumber,
                    Column = p.BytePositionInLine is { } position ? (int)position + 1 : null,
                    Path = p.Path,
                })], e);
            }
        }
        if (characters.Count > 0)
        {
            throw new ReportInputException(characters);
        }
        var converted = YamlToJson.Convert(text, sourceName);
        CheckEscapes(converted.Json, [], new Lazy<PropertyPositions>(() => JsonPositions.Map(converted.Json)), sourceName, converted.PositionOf);
        try
        {
            return new LocatedDataFile(CstoJson.Read(converted.Json, sourceName), sourceName, text, () => converted.Positions);
        }
        catch (CstoDataException e)
        {
            throw new ReportInputException([.. e.Problems.Select(p =>
            {
                var position = converted.PositionOf(p.Path);
                return new InputProblem(sourceName, p.Detail) { Line = position?.Line, Column = position?.Column, Path = p.Path };
            })], e);
        }
    }

    /// <summary>
    /// Checks the characters that escapes (<c>\u0001</c>, a lone <c>\ud800</c> in JSON, <c>\x01</c> in YAML) put into
    /// strings like raw ones, and reports them together with the raw ones (<paramref name="raw"/>).
    /// </summary>
    private static void CheckEscapes(string json, IReadOnlyList<InputProblem> raw, Lazy<PropertyPositions> positions, string sourceName, Func<string, (int Line, int Column)?> positionOf)
    {
        IReadOnlyList<InputProblem> problems = json.Contains('\\', StringComparison.Ordinal)
            ? [.. raw, .. positions.Value.EscapedCharacterProblems(sourceName, positionOf)]
            : raw;
        if (problems.Count > 0)
        {
            throw new ReportInputException(problems);
        }
    }
}
