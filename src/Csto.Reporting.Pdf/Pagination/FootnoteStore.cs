using Csto.Reporting.Documents;
using Csto.Reporting.Pdf.Layout;

namespace Csto.Reporting.Pdf.Pagination;

/// <summary>Lays out footnotes on demand (number in superscript, then the text, in the footnote size) and keeps their lines.</summary>
internal sealed class FootnoteStore(LayoutContext context)
{
    private readonly Dictionary<(int Number, float Width), List<Slice>> lines = [];

    /// <summary>The line slices of footnote <paramref name="number"/> set in <paramref name="width"/> points.</summary>
    public List<Slice> Lines(int number, float width)
    {
        if (lines.TryGetValue((number, width), out var cached))
        {
            return cached;
        }
        var footnotes = context.Document.Footnotes;
        if (number < 1 || number > footnotes.Count)
        {
            throw new Diagnostics.ReportInputException(new Diagnostics.InputProblem(context.Options.SourceName,
                $"The text refers to footnote {number}, but the document has {footnotes.Count} footnotes."));
        }
        var blocks = footnotes[number - 1].Blocks.ToList();
        var prefix = new Inline[] { new FootnoteReference(number), new TextRun("\u00A0") };
        if (blocks.Count > 0 && blocks[0] is Paragraph first)
        {
            blocks[0] = first with { Content = [.. prefix, .. first.Content], Style = ParagraphStyle.Body };
        }
        else
        {
            blocks.Insert(0, new Paragraph(prefix, ParagraphStyle.Body));
        }
        var scope = new LayoutScope(0, width, (float)context.Theme.FootnoteFontSize, ListDepth: 0);
        List<Slice> result;
        using (context.Enter(new Frames.StructureNode(Frames.StructureRole.Note, context.Structure) { Target = "footnote " + number, Id = "footnote-" + number.ToString(System.Globalization.CultureInfo.InvariantCulture) }))
        {
            result = context.Layouts.LayoutAll(blocks, scope, context);
        }
        lines.Add((number, width), result);
        return result;
    }

    /// <summary>The full height of a footnote.</summary>
    public float Height(int number, float width) => BlockLayouts.StackHeight(Lines(number, width));

    /// <summary>The height of a footnote's first line.</summary>
    public float FirstLineHeight(int number, float width) => Lines(number, width)[0].Height;
}
