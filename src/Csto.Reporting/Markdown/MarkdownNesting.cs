using Csto.Reporting.Diagnostics;
using Markdig;
using Markdig.Syntax;

namespace Csto.Reporting.Markdown;

/// <summary>
/// Parses Markdown with Markdig, whose parser refuses elements nested deeper than 128 levels (quotes, lists, links,
/// emphasis) with an <see cref="ArgumentException"/>; that refusal is the input's problem and is reported at the
/// line that nests deepest. Quotes and lists nested deeper than <see cref="MaxDepth"/> are refused too, at the
/// position of each one that goes past it: the PDF keeps deep text at a minimum measure, and Word has nine list levels.
/// </summary>
internal static class MarkdownNesting
{
    /// <summary>The deepest nesting of quotes and lists (together) a report may have: 16.</summary>
    public const int MaxDepth = 16;

    /// <summary>Parses <paramref name="body"/>, whose first line is line <paramref name="firstLine"/> of <paramref name="sourceName"/>.</summary>
    /// <exception cref="ReportInputException">The Markdown is nested too deeply (every quote or list past <see cref="MaxDepth"/>).</exception>
    public static MarkdownDocument Parse(string body, MarkdownPipeline pipeline, string sourceName, int firstLine)
    {
        MarkdownDocument document;
        try
        {
            document = Markdig.Markdown.Parse(body, pipeline);
        }
        catch (ArgumentException exception)
        {
            var (line, depth) = DeepestLine(body);
            throw new ReportInputException(new InputProblem(sourceName,
                $"The Markdown is nested too deeply (this line opens {depth} quotes and lists); Markdown may nest at most 128 elements, a report needs a few.")
            {
                Line = firstLine + line,
                Column = 1,
            }, exception);
        }
        var problems = new List<InputProblem>();
        CheckDepth(document, 0, sourceName, firstLine, problems);
        if (problems.Count > 0)
        {
            throw new ReportInputException(problems);
        }
        return document;
    }

    private static void CheckDepth(ContainerBlock container, int depth, string sourceName, int firstLine, List<InputProblem> problems)
    {
        foreach (var block in container)
        {
            if (block is not ContainerBlock inner)
            {
                continue;
            }
            var nested = block is QuoteBlock or ListBlock ? depth + 1 : depth;
            if (nested > MaxDepth)
            {
                problems.Add(new InputProblem(sourceName,
                    $"This {(block is QuoteBlock ? "quote" : "list")} is nested {nested} quotes and lists deep; a report may nest at most {MaxDepth}.")
                {
                    Line = firstLine + block.Line,
                    Column = block.Column + 1,
                });
                continue;
            }
            CheckDepth(inner, nested, sourceName, firstLine, problems);
        }
    }

    /// <summary>The 0-based line with the most quote markers and list markers before its text, and that count.</summary>
    private static (int Line, int Depth) DeepestLine(string body)
    {
        var best = (Line: 0, Depth: 0);
        var lines = body.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var text = lines[i];
            var depth = 0;
            var indent = 0;
            foreach (var c in text)
            {
                if (c is '>' or '-' or '*' or '+')
                {
                    depth++;
                }
                else if (c == ' ')
                {
                    indent++;
                }
                else if (c == '\t')
                {
                    indent += 4;
                }
                else
                {
                    break;
                }
            }
            depth = Math.Max(depth, indent / 2 + (depth > 0 ? 1 : 0));
            if (depth > best.Depth)
            {
                best = (i, depth);
            }
        }
        return best;
    }
}
