using Csto.Reporting.Markdown.Conversion;
using Markdig.Extensions.CustomContainers;

namespace Csto.Reporting.Markdown.Containers;

/// <summary>Turns one kind of <c>::: name</c> container into a block.</summary>
internal interface IContainerConverter
{
    /// <summary>The name after <c>:::</c>.</summary>
    string Name { get; }

    /// <summary>Converts the container; returns null after reporting a problem.</summary>
    Documents.Block? Convert(CustomContainer container, BlockConverter blocks);
}
