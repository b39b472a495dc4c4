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
