using Csto.Reporting.Documents;
using DocumentFormat.OpenXml;

namespace Csto.Reporting.Docx.Writing;

/// <summary>Writes one kind of block into a container element (body, cell, footnote, header).</summary>
internal interface IBlockRenderer
{
    /// <summary>The block type this renderer writes.</summary>
    Type BlockType { get; }

    /// <summary>Writes <paramref name="block"/> at the end of <paramref name="container"/>.</summary>
    void Write(DocxWriter writer, Block block, OpenXmlCompositeElement container, BlockScope scope);
}

/// <summary>Writes one kind of inline into a paragraph or hyperlink.</summary>
internal interface IInlineRenderer
{
    /// <summary>The inline type this renderer writes.</summary>
    Type InlineType { get; }

    /// <summary>Writes <paramref name="inline"/> at the end of <paramref name="target"/>.</summary>
    void Write(DocxWriter writer, Inline inline, OpenXmlCompositeElement target, RunFormat format);
}

/// <summary>The base of block renderers: does the type check once and offers the shared paragraph logic.</summary>
/// <typeparam name="T">The block type.</typeparam>
internal abstract class BlockRenderer<T> : IBlockRenderer
    where T : Block
{
    /// <inheritdoc/>
    public Type BlockType => typeof(T);

    /// <inheritdoc/>
    public void Write(DocxWriter writer, Block block, OpenXmlCompositeElement container, BlockScope scope) =>
        Write(writer, (T)block, container, scope);

    /// <summary>Writes the block.</summary>
    protected abstract void Write(DocxWriter writer, T block, OpenXmlCompositeElement container, BlockScope scope);
}

/// <summary>The base of inline renderers: does the type check once.</summary>
/// <typeparam name="T">The inline type.</typeparam>
internal abstract class InlineRenderer<T> : IInlineRenderer
    where T : Inline
{
    /// <inheritdoc/>
    public Type InlineType => typeof(T);

    /// <inheritdoc/>
    public void Write(DocxWriter writer, Inline inline, OpenXmlCompositeElement target, RunFormat format) =>
        Write(writer, (T)inline, target, format);

    /// <summary>Writes the inline.</summary>
    protected abstract void Write(DocxWriter writer, T inline, OpenXmlCompositeElement target, RunFormat format);
}
