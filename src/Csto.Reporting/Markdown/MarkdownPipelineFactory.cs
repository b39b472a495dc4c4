using Markdig;
using Markdig.Extensions.Tables;

namespace Csto.Reporting.Markdown;

/// <summary>The one Markdig pipeline of the reader, built once; a pipeline is immutable and thread-safe.</summary>
internal static class MarkdownPipelineFactory
{
    /// <summary>Pipe tables (widths from the separator row), footnotes, custom containers and generic attributes.</summary>
    public static MarkdownPipeline Pipeline { get; } = new MarkdownPipelineBuilder()
        .UsePipeTables(new PipeTableOptions { InferColumnWidthsFromSeparator = true })
        .UseFootnotes()
        .UseCustomContainers()
        // Generic attributes must come last: the extension hooks into the parsers registered before it.
        .UseGenericAttributes()
        .Build();
}
