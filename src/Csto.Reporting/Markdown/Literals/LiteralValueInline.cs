using Markdig.Syntax.Inlines;

namespace Csto.Reporting.Markdown.Literals;

/// <summary>A printed value in generated Markdown (a <see cref="LiteralToken"/>): number <see cref="Index"/> of the render's values, read as plain text.</summary>
internal sealed class LiteralValueInline(int index) : LeafInline
{
    /// <summary>The value's index.</summary>
    public int Index { get; } = index;
}
