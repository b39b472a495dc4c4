namespace Csto.Reporting.Inputs;

/// <summary>
/// Where the property paths of a data file stand (1-based line and column), keyed by JSON path
/// (<c>$.record.participants[1].stateId</c>), with a lookup that falls back to the nearest ancestor.
/// </summary>
internal sealed class PropertyPositions
{
    private readonly Dictionary<string, (int Line, int Column)> positions = new(StringComparer.Ordinal);

    /// <summary>Records the position of a path (the first one recorded wins).</summary>
    public void Add(string path, int line, int column) => positions.TryAdd(path, (line, column));

    /// <summary>
    /// The path whose position is the last one at or before <paramref name="line"/> and <paramref name="column"/>
    /// (the property a string value belongs to); null before the first.
    /// </summary>
    public string? PathAt(int line, int column) =>
        positions.Where(p => p.Value.Line < line || (p.Value.Line == line && p.Value.Column <= column))
            .OrderBy(p => p.Value.Line).ThenBy(p => p.Value.Column).ThenBy(p => p.Key.Length)
            .Select(p => p.Key)
            .LastOrDefault();

    /// <summary>The strings written with escapes (<c>"\u0001"</c>), decoded, with their paths, in file order.</summary>
    public List<(string Path, string Value)> Escaped { get; } = [];

    /// <summary>Records a string written with escapes.</summary>
    public void AddEscaped(string path, string value) => Escaped.Add((path, value));

    /// <summary>
    /// The characters text may not hold (<see cref="InputText.Problems"/>) that escapes put into strings, each at
    /// the position of its string's path.
    /// </summary>
    public IReadOnlyList<Diagnostics.InputProblem> EscapedCharacterProblems(string sourceName, Func<string, (int Line, int Column)?> positionOf) =>
        Escaped.SelectMany(e => InputText.Problems(e.Value, sourceName).Select(p =>
            {
                var position = positionOf(e.Path);
                return p with
                {
                    Message = p.Message.Replace(" cannot be used in text", " written as an escape cannot be used in text", StringComparison.Ordinal),
                    Line = position?.Line,
                    Column = position?.Column,
                    Path = e.Path,
                };
            }))
            .ToList();

    /// <summary>The position of <paramref name="jsonPath"/>, or of its nearest ancestor that has one; null when none does.</summary>
    public (int Line, int Column)? Of(string? jsonPath)
    {
        for (var path = jsonPath; !string.IsNullOrEmpty(path); path = Parent(path))
        {
            if (positions.TryGetValue(path, out var position))
            {
                return position;
            }
        }
        return null;
    }

    private static string? Parent(string path)
    {
        var cut = Math.Max(path.LastIndexOf('.'), path.LastIndexOf('['));
        return cut <= 0 ? null : path[..cut];
    }
}
