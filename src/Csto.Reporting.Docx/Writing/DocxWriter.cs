using Csto.Reporting.Documents;
using Csto.Reporting.Docx.Blocks;
using Csto.Reporting.Docx.Inlines;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;

namespace Csto.Reporting.Docx.Writing;

/// <summary>
/// Writes blocks and inlines into WordprocessingML by handing each node to the renderer of its kind. The
/// constructor lists every renderer; all per-render state lives in <see cref="State"/>.
/// </summary>
internal sealed class DocxWriter
{
    private readonly Dictionary<Type, IBlockRenderer> blockRenderers = [];
    private readonly Dictionary<Type, IInlineRenderer> inlineRenderers = [];

    public DocxWriter(RenderState state, OpenXmlPart part)
    {
        State = state;
        Part = part;

        Register(new HeadingRenderer());
        Register(new ParagraphRenderer());
        Register(new ItemListRenderer());
        Register(new TableRenderer());
        Register(new BlockQuoteRenderer());
        Register(new PageBreakRenderer());
        Register(new TableOfContentsRenderer());
        Register(new TitlePageRenderer());
        Register(new SignatureBlockRenderer());
        Register(new ImageRenderer());

        Register(new TextRunRenderer());
        Register(new StrongRenderer());
        Register(new EmphasisRenderer());
        Register(new LinkRenderer());
        Register(new FootnoteReferenceRenderer());
        Register(new LineBreakRenderer());
    }

    /// <summary>The per-render state: theme, ids, numbering, bookmarks.</summary>
    public RenderState State { get; }

    /// <summary>The part being written (the main document or the footnotes), which owns hyperlink and image relationships.</summary>
    public OpenXmlPart Part { get; }

    /// <summary>Writes blocks in order at the end of <paramref name="container"/>.</summary>
    public void WriteBlocks(IEnumerable<Block> blocks, OpenXmlCompositeElement container, BlockScope scope)
    {
        foreach (var block in blocks)
        {
            WriteBlock(block, container, scope);
        }
    }

    /// <summary>
    /// Whether the text written next starts a line after a forced line break (<see cref="LineBreak"/>): its leading
    /// spaces are left out, so that such a line starts at its first character whatever brought the text — CommonMark
    /// drops them from Markdown, the PDF's line breaker discards them after the break, and here a printed value of a
    /// template or a paragraph built in C# loses them the same way.
    /// </summary>
    public bool AfterLineBreak { get; set; }

    /// <summary>Writes one block at the end of <paramref name="container"/>.</summary>
    public void WriteBlock(Block block, OpenXmlCompositeElement container, BlockScope scope)
    {
        ArgumentNullException.ThrowIfNull(block);
        AfterLineBreak = false;
        if (!blockRenderers.TryGetValue(block.GetType(), out var renderer))
        {
            throw new NotSupportedException($"The DOCX renderer has no renderer for blocks of type {block.GetType().Name}.");
        }
        renderer.Write(this, block, container, scope);
    }

    /// <summary>Writes inlines in order at the end of <paramref name="target"/> (a paragraph or a hyperlink).</summary>
    public void WriteInlines(IEnumerable<Inline> inlines, OpenXmlCompositeElement target, RunFormat format)
    {
        foreach (var inline in inlines)
        {
            if (!inlineRenderers.TryGetValue(inline.GetType(), out var renderer))
            {
                throw new NotSupportedException($"The DOCX renderer has no renderer for inlines of type {inline.GetType().Name}.");
            }
            renderer.Write(this, inline, target, format);
        }
    }

    private void Register(IBlockRenderer renderer) => blockRenderers.Add(renderer.BlockType, renderer);

    private void Register(IInlineRenderer renderer) => inlineRenderers.Add(renderer.InlineType, renderer);
}
