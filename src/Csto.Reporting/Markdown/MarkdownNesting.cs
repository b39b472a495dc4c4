using Csto.Reporting.Diagnostics;
using Markdig;
using Markdig.Parsers;
using Markdig.Syntax;

namespace Csto.Reporting.Markdown;

/// <summary>
/// Parses Markdown with quotes and lists nested at most <see cref="MaxDepth"/> deep. The limit is kept while Markdig
/// parses: the pipeline's quote and list parsers (<see cref="QuoteParser"/>, <see cref="ListParser"/>) refuse to
/// open a block past it and note the problem at the block's line and column, once per enclosing quote or list item,
/// so a thousand-deep list ends at its 17th line, in the time a flat list takes (Markdig itself would nest blocks
/// 10 240 deep, each line walking every open one). The PDF keeps deep text at a minimum measure; Word has nine list
/// levels. Markdig refuses inline elements (emphasis, links) nested deeper than 128 with an
/// <see cref="ArgumentException"/>; that refusal is the input's problem too, reported at the line that opens most.
/// </summary>
internal static class MarkdownNesting
{
    /// <summary>The deepest nesting of quotes and lists (together) a report may have: 16.</summary>
    public const int MaxDepth = 16;

    /// <summary>Parses <paramref name="body"/>, whose first line is line <paramref name="firstLine"/> of <paramref name="sourceName"/>.</summary>
    /// <param name="body">The Markdown after its front matter.</param>
    /// <param name="pipeline">A pipeline whose quote and list parsers are <see cref="QuoteParser"/> and <see cref="ListParser"/>.</param>
    /// <param name="sourceName">The file name for error messages.</param>
    /// <param name="firstLine">The 1-based line of <paramref name="sourceName"/> on which <paramref name="body"/> starts.</param>
    /// <exception cref="ReportInputException">The Markdown is nested too deeply (every quote or list past <see cref="MaxDepth"/>).</exception>
    public static MarkdownDocument Parse(string body, MarkdownPipeline pipeline, string sourceName, int firstLine)
    {
        var limit = new Limit(sourceName, firstLine);
        MarkdownDocument document;
        try
        {
            document = Markdig.Markdown.Parse(body, pipeline, limit);
        }
        catch (ArgumentException exception)
        {
            var (line, depth) = DeepestLine(body);
            throw new ReportInputException(new InputProblem(sourceName,
                $"The Markdown is nested too deeply: this line is {depth} quotes, lists and ::: containers deep; Markdown may nest at most 128 elements, a report needs a few.")
            {
                Line = firstLine + line,
                Column = 1,
            }, exception);
        }
        if (limit.Problems.Count > 0)
        {
            throw new ReportInputException(limit.Problems);
        }
        return document;
    }

    /// <summary>The parse's state: the problems found and the containers in which one was reported.</summary>
    private sealed class Limit(string sourceName, int firstLine) : MarkdownParserContext
    {
        public List<InputProblem> Problems { get; } = [];

        private readonly HashSet<ContainerBlock> reported = [];

        /// <summary>
        /// Whether a quote or list opened at the processor's position would be nested past <see cref="MaxDepth"/>;
        /// if so, notes the problem unless one was noted in the same enclosing block.
        /// </summary>
        public bool Refuses(BlockProcessor processor, string kind, int column)
        {
            // The innermost container still open on this line: blocks above it that did not continue are closed
            // before a new block is added, so it is the new block's parent.
            var parent = processor.CurrentContainer;
            while (parent is { IsOpen: false, Parent: not null })
            {
                parent = parent.Parent;
            }
            var depth = 1;
            for (var block = parent; block is not null; block = block.Parent)
            {
                depth += block is QuoteBlock or ListBlock ? 1 : 0;
            }
            if (depth <= MaxDepth)
            {
                return false;
            }
            if (parent is not null && reported.Add(parent))
            {
                Problems.Add(new InputProblem(sourceName, $"This {kind} is nested {depth} quotes and lists deep; a report may nest at most {MaxDepth}.")
                {
                    Line = firstLine + processor.LineIndex,
                    Column = column + 1,
                });
            }
            return true;
        }
    }

    /// <summary>Markdig's quote parser, refusing a quote nested past <see cref="MaxDepth"/> (its line stays text).</summary>
    internal sealed class QuoteParser : QuoteBlockParser
    {
        /// <inheritdoc/>
        public override BlockState TryOpen(BlockProcessor processor)
        {
            // Markdig opens a quote at every '>' outside code indentation.
            return !processor.IsCodeIndent && processor.Context is Limit limit && limit.Refuses(processor, "quote", processor.Column)
                ? BlockState.None
                : base.TryOpen(processor);
        }
    }

    /// <summary>Markdig's list parser, refusing a list nested past <see cref="MaxDepth"/> (its line stays text).</summary>
    internal sealed class ListParser : ListBlockParser
    {
        /// <inheritdoc/>
        public override BlockState TryOpen(BlockProcessor processor)
        {
            var column = processor.Column;
            var result = base.TryOpen(processor);
            if (result == BlockState.None || !processor.NewBlocks.TryPeek(out var opened) || opened is not ListBlock
                || processor.Context is not Limit limit || !limit.Refuses(processor, "list", column))
            {
                return result;
            }
            // Undo the opening: the new list and its first item, and the characters the marker took.
            processor.NewBlocks.Pop();
            processor.NewBlocks.Pop();
            processor.GoToColumn(column);
            return BlockState.None;
        }
    }

    /// <summary>
    /// The 0-based line nested deepest — quote and list markers before its text, plus the <c>:::</c> containers open
    /// around it (a <c>::: name</c> line opens one, a bare <c>:::</c> line closes one) — and that depth.
    /// </summary>
    private static (int Line, int Depth) DeepestLine(string body)
    {
        var best = (Line: 0, Depth: 0);
        var lines = body.Split('\n');
        var containers = 0;
        for (var i = 0; i < lines.Length; i++)
        {
            var text = lines[i];
            var trimmed = text.Trim();
            if (trimmed.StartsWith(":::", StringComparison.Ordinal))
            {
                if (trimmed.TrimStart(':').Trim().Length > 0)
                {
                    containers++;
                    if (containers > best.Depth)
                    {
                        best = (i, containers);
                    }
                }
                else
                {
                    containers = Math.Max(0, containers - 1);
                }
                continue;
            }
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
            depth = Math.Max(depth, indent / 2 + (depth > 0 ? 1 : 0)) + containers;
            if (depth > best.Depth)
            {
                best = (i, depth);
            }
        }
        return best;
    }
}
