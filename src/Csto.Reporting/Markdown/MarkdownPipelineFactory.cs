using Markdig;
using Csto.Reporting.Markdown.Literals;
using Markdig.Extensions.Tables;
using Markdig.Parsers;

namespace Csto.Reporting.Markdown;

/// <summary>The one Markdig pipeline of the reader, built once; a pipeline is immutable and thread-safe.</summary>
internal static class MarkdownPipelineFactory
{
    /// <summary>
    /// Printed values of templates (<see cref="LiteralToken"/>), pipe tables (widths from the separator row), footnotes,
    /// custom containers and generic attributes; quotes and lists nested at most <see cref="MarkdownNesting.MaxDepth"/> deep.
    /// </summary>
    public static MarkdownPipeline Pipeline { get; } = Builder()
        .Use<LiteralInlineParser>()
        .UsePipeTables(new PipeTableOptions { InferColumnWidthsFromSeparator = true })
        .UseFootnotes()
        .UseCustomContainers()
        // Generic attributes must come last: the extension hooks into the parsers registered before it.
        .UseGenericAttributes()
        .Build();

    private static MarkdownPipelineBuilder Builder()
    {
        var builder = new MarkdownPipelineBuilder();
        builder.BlockParsers.Replace<QuoteBlockParser>(new MarkdownNesting.QuoteParser());
        builder.BlockParsers.Replace<ListBlockParser>(new MarkdownNesting.ListParser());
        return builder;
    }
}
