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
