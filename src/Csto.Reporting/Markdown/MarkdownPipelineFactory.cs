using Markdig;
using Csto.Reporting.Markdown.Literals;
using Markdig.Extensions.Tables;

namespace Csto.Reporting.Markdown;

/// <summary>The one Markdig pipeline of the reader, built once; a pipeline is immutable and thread-safe.</summary>
internal static class MarkdownPipelineFactory
{
    /// <summary>
    /// Printed values of templates (<see cref="LiteralToken"/>), pipe tables (widths from the separator row), footnotes,
    /// custom containers and generic attributes.
    /// </summary>
    public static MarkdownPipeline Pipeline { get; } = new MarkdownPipelineBuilder()
        .Use<LiteralInlineParser>()
        .UsePipeTables(new PipeTableOptions { InferColumnWidthsFromSeparator = true })
        .UseFootnotes()
        .UseCustomContainers()
        // Generic attributes must come last: the extension hooks into the parsers registered before it.
        .UseGenericAttributes()
        .Build();
}
