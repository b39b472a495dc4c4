using System.Globalization;
using System.Text;

namespace Csto.Reporting.Diagnostics;

/// <summary>
/// One thing wrong with an input (a data file, a Markdown file, a template): where it is and what was expected.
/// </summary>
/// <param name="Source">The file or template name, e.g. <c>samples/data/declaration.json</c> or <c>template:statement</c>.</param>
/// <param name="Message">What is wrong and what was expected.</param>
public sealed record InputProblem(string Source, string Message)
{
    /// <summary>1-based line, when known.</summary>
    public int? Line { get; init; }

    /// <summary>1-based column, when known.</summary>
    public int? Column { get; init; }

    /// <summary>The property path inside the data (<c>participants[3].state</c>), when known.</summary>
    public string? Path { get; init; }

    /// <summary>
    /// The problems sorted by where they are: by <see cref="Source"/> (each source where its first problem was
    /// given, so files given in an order keep it), then <see cref="Line"/>, then
    /// <see cref="Column"/>, a problem without a line (or column) before those with one; problems at the same place
    /// keep the order they are given in (a stable sort).
    /// </summary>
    /// <param name="problems">The problems, in any order.</param>
    /// <returns>A new read-only list.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="problems"/> is null or holds null.</exception>
    public static IReadOnlyList<InputProblem> ByPosition(IEnumerable<InputProblem> problems)
    {
        ArgumentNullException.ThrowIfNull(problems);
        var array = problems.ToArray();
        if (Array.IndexOf(array, null) >= 0)
        {
            throw new ArgumentNullException(nameof(problems), "A problem list cannot hold null.");
        }
        var sources = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var problem in array)
        {
            sources.TryAdd(problem.Source, sources.Count);
        }
        return Array.AsReadOnly(array
            .OrderBy(p => sources[p.Source])
            .ThenBy(p => p.Line ?? 0)
            .ThenBy(p => p.Column ?? 0)
            .ToArray());
    }

    /// <summary>Formats the problem as <c>file:line:column: path: message</c>, leaving out what is unknown.</summary>
    public override string ToString()
    {
        var text = new StringBuilder(Source);
        if (Line is { } line)
        {
            text.Append(CultureInfo.InvariantCulture, $":{line}");
            if (Column is { } column)
            {
                text.Append(CultureInfo.InvariantCulture, $":{column}");
            }
        }
        text.Append(": ");
        if (!string.IsNullOrEmpty(Path))
        {
            text.Append(Path).Append(": ");
        }
        return text.Append(Message).ToString();
    }
}
