using Csto.Reporting.Diagnostics;
using Csto.Reporting.Documents;
using Csto.Reporting.Text;
using Csto.Reporting.Themes;
using NodaTime;
using NodaTime.Text;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Csto.Reporting.Markdown;

/// <summary>
/// The YAML front matter of an analyst's Markdown file: <c>title</c> (required), <c>subtitle</c>, <c>author</c>,
/// <c>date</c> (yyyy-mm-dd), <c>lang</c> (<c>ru-RU</c> or <c>en-US</c>), <c>keywords</c>, <c>theme</c>,
/// <c>template</c>, <c>numbered</c>, <c>toc</c>.
/// </summary>
internal sealed record MarkdownFrontMatter
{
    /// <summary>The keys a front matter may have.</summary>
    public static IReadOnlyList<string> Keys { get; } =
        ["title", "subtitle", "author", "date", "lang", "keywords", "theme", "template", "numbered", "toc"];

    /// <summary>The document title.</summary>
    public required string Title { get; init; }

    /// <summary>The subtitle; also the subject of the document properties.</summary>
    public string? Subtitle { get; init; }

    /// <summary>The author.</summary>
    public string? Author { get; init; }

    /// <summary>The document's date.</summary>
    public LocalDate? Date { get; init; }

    /// <summary>The language, <c>ru-RU</c> by default.</summary>
    public string Language { get; init; } = "ru-RU";

    /// <summary>Keywords.</summary>
    public IReadOnlyList<string> Keywords { get; init; } = [];

    /// <summary>The theme asked for, such as <c>gost</c>.</summary>
    public string? Theme { get; init; }

    /// <summary>The template asked for; the reader itself does not use it, the caller may.</summary>
    public string? Template { get; init; }

    /// <summary>Whether headings are numbered.</summary>
    public bool Numbered { get; init; }

    /// <summary>Whether a table of contents is inserted after the title.</summary>
    public bool TableOfContents { get; init; }

    /// <summary>The document metadata these keys describe.</summary>
    public DocumentMetadata ToMetadata() => new(Title)
    {
        Subject = Subtitle,
        Author = Author,
        Date = Date,
        Language = Language,
        Keywords = Keywords,
    };

    /// <summary>Parses the YAML between the <c>---</c> fences.</summary>
    /// <param name="yaml">The YAML text.</param>
    /// <param name="sourceName">The file name for error messages.</param>
    /// <param name="openingFenceLine">The 1-based line of the file holding the opening <c>---</c>.</param>
    /// <exception cref="ReportInputException">The YAML is malformed, a key is unknown, a value is invalid or the title is missing.</exception>
    public static MarkdownFrontMatter Parse(string yaml, string sourceName, int openingFenceLine = 1)
    {
        var problems = new List<InputProblem>();
        var result = Parse(yaml, sourceName, problems, openingFenceLine);
        return problems.Count == 0 ? result : throw new ReportInputException(problems);
    }

    /// <summary>
    /// Parses the YAML between the <c>---</c> fences, adding a value's problems to <paramref name="problems"/> and going
    /// on with the others (a missing title reads as «-», an invalid value as none), so that the body can still be read.
    /// </summary>
    /// <exception cref="ReportInputException">The YAML is malformed or not a mapping: nothing can be read from it.</exception>
    internal static MarkdownFrontMatter Parse(string yaml, string sourceName, List<InputProblem> problems, int openingFenceLine = 1)
    {
        ArgumentNullException.ThrowIfNull(yaml);
        ArgumentNullException.ThrowIfNull(sourceName);
        InputProblem Problem(Position at, string message) =>
            new(sourceName, message) { Line = at.Line + openingFenceLine, Column = at.Column };

        var (entries, rootStart) = SimpleFrontMatter.TryRead(yaml) is { } simple
            ? ([.. simple.Select(e => new Entry(e.Key, new Position(e.Line, 1), new Value(e.Value, null, new Position(e.Line, e.ValueColumn))))], new Position(1, 1))
            : ReadYaml(yaml, sourceName, openingFenceLine);
        var values = new Dictionary<string, Value>(StringComparer.Ordinal);
        foreach (var (key, keyStart, value) in entries)
        {
            if (!Keys.Contains(key))
            {
                problems.Add(Problem(keyStart, $"Unknown front matter key '{key}'; valid keys: {string.Join(", ", Keys)}."));
            }
            else if (!values.TryAdd(key, value))
            {
                problems.Add(Problem(keyStart, $"The front matter key '{key}' is given twice."));
            }
        }

        string? Text(string key)
        {
            if (!values.TryGetValue(key, out var value))
            {
                return null;
            }
            if (!string.IsNullOrWhiteSpace(value.Scalar))
            {
                return value.Scalar.Trim();
            }
            problems.Add(Problem(value.Start, $"The front matter key '{key}' needs a text value."));
            return null;
        }

        bool Flag(string key)
        {
            var text = Text(key);
            if (text is null)
            {
                return false;
            }
            if (bool.TryParse(text, out var flag))
            {
                return flag;
            }
            problems.Add(Problem(values[key].Start, $"The front matter key '{key}' must be true or false; got '{text}'."));
            return false;
        }

        var title = Text("title");
        if (title is null && !values.ContainsKey("title"))
        {
            problems.Add(Problem(rootStart, "The front matter needs a 'title'."));
        }
        LocalDate? date = null;
        if (Text("date") is { } dateText)
        {
            var parsed = LocalDatePattern.Iso.Parse(dateText);
            if (parsed.Success && parsed.Value.Year >= 1)
            {
                date = parsed.Value;
            }
            else
            {
                problems.Add(Problem(values["date"].Start, Csto.Domain.Serialization.ImpossibleDate.MissingDay(dateText) is { } missing
                    ? $"The front matter 'date' '{dateText}' is not a date: {missing}."
                    : $"The front matter 'date' must be a date as YYYY-MM-DD with a year from 0001 to 9999, such as 2025-11-27; got '{dateText}'."));
            }
        }
        var language = Text("lang") ?? "ru-RU";
        if (!IsSupportedLanguage(language))
        {
            problems.Add(Problem(values["lang"].Start, $"The front matter 'lang' must be ru-RU or en-US; got '{language}'."));
        }
        if (Text("theme") is { } themeName && !BuiltInThemes.Exists(themeName))
        {
            problems.Add(Problem(values["theme"].Start, $"The front matter 'theme' must be one of: {BuiltInThemes.Names}; got '{themeName}'."));
        }
        var keywords = ReadKeywords(values, problems, Problem);
        var result = new MarkdownFrontMatter
        {
            Title = title ?? "-",
            Subtitle = Text("subtitle"),
            Author = Text("author"),
            Date = date,
            Language = language,
            Keywords = keywords,
            Theme = Text("theme"),
            Template = Text("template"),
            Numbered = Flag("numbered"),
            TableOfContents = Flag("toc"),
        };
        return result;
    }

    private static bool IsSupportedLanguage(string language) =>
        language.Split('-') is [var primary, ..] && primary.ToLowerInvariant() is "ru" or "en"
        && (language.Length == 2 || (language.Length == 5 && language[2] == '-' && language[3..].All(char.IsAsciiLetterUpper)));

    private static List<string> ReadKeywords(Dictionary<string, Value> values, List<InputProblem> problems, Func<Position, string, InputProblem> problem)
    {
        if (!values.TryGetValue("keywords", out var value))
        {
            return [];
        }
        if (value.Items is { } items)
        {
            return [.. items];
        }
        if (value.Scalar is { } text)
        {
            return [.. text.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)];
        }
        problems.Add(problem(value.Start, "The front matter 'keywords' must be a list of words, such as [ОДКБ, безопасность]."));
        return [];
    }

    /// <summary>
    /// Reads a front matter that is not of <see cref="SimpleFrontMatter"/>'s shape with YamlDotNet: its entries and where
    /// its mapping starts.
    /// </summary>
    /// <exception cref="ReportInputException">The YAML is malformed, over the limits, or not a mapping.</exception>
    private static (List<Entry> Entries, Position Start) ReadYaml(string yaml, string sourceName, int openingFenceLine)
    {
        static Position At(Mark mark) => new((int)mark.Line, (int)mark.Column);
        InputProblem Problem(Mark mark, string message) =>
            new(sourceName, message) { Line = (int)mark.Line + openingFenceLine, Column = (int)mark.Column };

        var stream = new YamlStream();
        try
        {
            Inputs.YamlLimits.Check(yaml, sourceName, openingFenceLine);
            stream.Load(new StringReader(yaml));
        }
        catch (YamlException exception)
        {
            throw new ReportInputException(Problem(exception.Start, "The front matter is not valid YAML: " + exception.Message), exception);
        }
        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is not YamlMappingNode root)
        {
            var mark = stream.Documents.Count == 0 ? Mark.Empty : stream.Documents[0].RootNode.Start;
            throw new ReportInputException(Problem(mark, "The front matter must be a mapping of keys to values, with at least 'title'."));
        }
        var entries = new List<Entry>();
        foreach (var (keyNode, valueNode) in root.Children)
        {
            var value = valueNode switch
            {
                YamlScalarNode scalar => new Value(scalar.Value, null, At(valueNode.Start)),
                YamlSequenceNode sequence when sequence.Children.All(c => c is YamlScalarNode) => new Value(null,
                    [.. sequence.Children.Select(c => ((YamlScalarNode)c).Value?.Trim() ?? string.Empty).Where(k => k.Length > 0)], At(valueNode.Start)),
                _ => new Value(null, null, At(valueNode.Start)),
            };
            entries.Add(new Entry((keyNode as YamlScalarNode)?.Value ?? string.Empty, At(keyNode.Start), value));
        }
        return (entries, At(root.Start));
    }

    /// <summary>A 1-based line and column of the front matter.</summary>
    private readonly record struct Position(int Line, int Column);

    /// <summary>A value: its text when it is a scalar, its words when it is a list of scalars (else neither), and where it starts.</summary>
    private sealed record Value(string? Scalar, IReadOnlyList<string>? Items, Position Start);

    /// <summary>A key, where it starts, and its value (classes, not structs: lists of a struct of ours are code a start compiles).</summary>
    private sealed record Entry(string Key, Position Start, Value Value);
}
