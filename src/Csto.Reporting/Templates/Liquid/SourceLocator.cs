using System.Text.RegularExpressions;

namespace Csto.Reporting.Templates.Liquid;

/// <summary>
/// Finds where a name occurs inside the Liquid tags (<c>{{ … }}</c>, <c>{% … %}</c>) of a template text, since
/// Fluid's run-time errors carry no position.
/// </summary>
internal static class SourceLocator
{
    /// <summary>The 1-based line and column in the text of the first match of <paramref name="pattern"/> inside a tag.</summary>
    public static (int Line, int Column)? Find(string text, Regex pattern, bool quoted = false)
    {
        foreach (Match match in pattern.Matches(text))
        {
            if (InsideTag(text, match.Index) && InsideQuotes(text, match.Index) == quoted)
            {
                return Position(text, match.Index);
            }
        }
        return null;
    }

    /// <summary>A pattern for a variable or member name used in a template.</summary>
    public static Regex NamePattern(string name) =>
        new(@"(?<![\w\-])" + Regex.Escape(name) + @"(?![\w\-])", RegexOptions.CultureInvariant);

    /// <summary>A pattern for a quoted text, such as the partial an include names; the match starts at the opening quote.</summary>
    public static Regex QuotedPattern(string text) =>
        new("(?<=['\"])" + Regex.Escape(text) + "(?=['\"])", RegexOptions.CultureInvariant);

    /// <summary>A pattern for the name of an applied filter (<c>| name</c>).</summary>
    public static Regex FilterPattern(string name) =>
        new(@"(?<=\|\s*)" + Regex.Escape(name) + @"(?![\w\-])", RegexOptions.CultureInvariant);

    private static bool InsideTag(string text, int index)
    {
        var open = Math.Max(text.LastIndexOf("{{", index, StringComparison.Ordinal), text.LastIndexOf("{%", index, StringComparison.Ordinal));
        if (open < 0)
        {
            return false;
        }
        var close = Math.Max(text.LastIndexOf("}}", index, StringComparison.Ordinal), text.LastIndexOf("%}", index, StringComparison.Ordinal));
        return close < open;
    }

    private static bool InsideQuotes(string text, int index)
    {
        var open = Math.Max(text.LastIndexOf("{{", index, StringComparison.Ordinal), text.LastIndexOf("{%", index, StringComparison.Ordinal));
        char? quote = null;
        for (var i = open; i < index; i++)
        {
            if (quote is null && text[i] is '"' or '\'')
            {
                quote = text[i];
            }
            else if (quote == text[i])
            {
                quote = null;
            }
        }
        return quote is not null;
    }

    /// <summary>The 1-based line and column of <paramref name="index"/> in <paramref name="text"/>, whose first line is <paramref name="firstLine"/>.</summary>
    internal static (int Line, int Column) Position(string text, int index, int firstLine = 1)
    {
        var line = firstLine;
        var lineStart = 0;
        for (var i = 0; i < index; i++)
        {
            if (text[i] == '\n')
            {
                line++;
                lineStart = i + 1;
            }
        }
        return (line, index - lineStart + 1);
    }
}
