using Markdig;
using Markdig.Helpers;
using Markdig.Parsers;
using Markdig.Renderers;

namespace Csto.Reporting.Markdown.Literals;

/// <summary>
/// Reads a <see cref="LiteralToken"/> as one <see cref="LiteralValueInline"/>, before any other inline parser can see
/// its characters; the value behind it is looked up when the tree is built.
/// </summary>
internal sealed class LiteralInlineParser : InlineParser, IMarkdownExtension
{
    public LiteralInlineParser() => OpeningCharacters = [LiteralToken.Open];

    public override bool Match(InlineProcessor processor, ref StringSlice slice)
    {
        var text = slice.Text.AsSpan(0, slice.End + 1);
        if (!LiteralToken.TryRead(text, slice.Start, out var index, out var length))
        {
            return false;
        }
        var start = processor.GetSourcePosition(slice.Start, out var line, out var column);
        processor.Inline = new LiteralValueInline(index)
        {
            Span = new Markdig.Syntax.SourceSpan(start, start + length - 1),
            Line = line,
            Column = column,
        };
        slice.Start += length;
        return true;
    }

    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        if (!pipeline.InlineParsers.Contains<LiteralInlineParser>())
        {
            pipeline.InlineParsers.Insert(0, this);
        }
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
    }
}
