using System.Globalization;
using Csto.Reporting.Documents;
using Csto.Reporting.Pdf.Frames;
using Csto.Reporting.Pdf.Text;
using Csto.Reporting.Themes;

namespace Csto.Reporting.Pdf.Layout.Blocks;

/// <summary>
/// Lays out the table of contents: the title, then one entry per heading up to the maximum level, indented by
/// level, the heading's number in a column of its own and the text after it with a hanging indent
/// (one per level, wide enough for the level's widest number and a space as the entries' font sets them, handed to the
/// DOCX through <see cref="PdfLayoutLocator.ContentsHangingIndent"/>: wrapped lines continue under the text, not under
/// the number), with
/// dot leaders and right-aligned page numbers from the previous layout pass. The indents and the page-number column
/// (<see cref="TableOfContents.LevelIndent"/>, <see cref="TableOfContents.PageNumberRoom"/>) are the DOCX's too; the
/// column has a fixed width, so the numbers never change the TOC's own length.
/// </summary>
internal sealed class TableOfContentsLayout : BlockLayout<TableOfContents>
{
    /// <inheritdoc />
    protected override void Layout(TableOfContents block, LayoutScope scope, LayoutContext context, List<Slice> output)
    {
        var theme = context.Theme;
        var titleStyle = theme.Heading(1);
        var titleFormat = new ParagraphFormat
        {
            Family = theme.HeadingFont,
            Size = (float)titleStyle.FontSize,
            Bold = titleStyle.Bold,
            Color = context.HeadingColor,
            Alignment = TextAlignment.Center,
            Hyphenate = false,
            LineSpacing = (float)theme.LineSpacing,
        };
        var title = context.Typeset([new TextRun(block.Title)], titleFormat, scope.Width);
        var first = output.Count;
        TextLineSlice.AddLines(title, scope.X, output, keepTogether: true);
        output[^1].KeepWithNext = true;
        output[first].SpaceBefore = (float)titleStyle.SpaceBefore;
        var titleNode = new StructureNode(StructureRole.Caption, context.CurrentNode);
        output.Skip(first).ToList().ForEach(s => s.Node = titleNode);
        var (format, _, _) = ParagraphFormats.For(ParagraphStyle.Plain, scope, context);
        format = format with { Alignment = TextAlignment.Left, Hyphenate = false, FirstLineIndent = 0 };
        var style = new TextStyle(Fonts.FontCatalog.Get(format.Family, false, false, theme.FallbackFonts), format.Size, 0, context.TextColor, null, 0);
        var numberColumn = (float)TableOfContents.PageNumberRoom(format.Size);
        var dot = new ShapedPiece(TextShaper.Shape(style.Font, ".", false, false), style);
        var firstEntry = true;
        var headings = context.Document.Headings().Where(h => h.InTableOfContents && h.Level <= block.MaxLevel).ToList();
        var hangings = HangingIndents(headings, style, context.Options.Kerning);
        for (var level = 1; level <= 4; level++)
        {
            context.ContentsHangingIndents[level] = hangings[level];
        }
        foreach (var heading in headings)
        {
            var indent = (float)TableOfContents.LevelIndent(heading.Level);
            ShapedPiece? label = null;
            var hanging = 0f;
            if (heading.Number is { Length: > 0 } headingNumber)
            {
                var shaped = TextShaper.Shape(style.Font, headingNumber, context.Options.Kerning, false);
                label = new ShapedPiece(shaped, style);
                hanging = hangings[Math.Clamp(heading.Level, 1, 4)];
            }
            var width = Math.Max(10, scope.Width - indent - hanging - numberColumn);
            var text = context.Typeset([new TextRun(DocumentWalker.PlainText(heading.Content).Trim())], format, width);
            var page = context.HeadingPages is { } pages && pages.TryGetValue(heading.Anchor, out var p) ? p : 0;
            var entry = new StructureNode(StructureRole.TOCI, context.CurrentNode) { Target = heading.Anchor };
            // The entry is a link to its heading, so its content is a Link element's (PDF/UA-1 7.18.5: a link
            // annotation is nested in a Link element): TOCI → Link → the entry's text, number and page, and the annotations.
            var link = new StructureNode(StructureRole.Link, entry)
            {
                Target = "#" + heading.Anchor,
                Contents = HeadingLayout.Title(heading),
            };
            var number = new ShapedPiece(TextShaper.Shape(style.Font, page.ToString(CultureInfo.InvariantCulture), context.Options.Kerning, false), style);
            for (var i = 0; i < text.Lines.Count; i++)
            {
                var last = i == text.Lines.Count - 1;
                var line = new TextLineSlice(text, i, scope.X + indent + hanging);
                output.Add(new TocLineSlice(line, heading.Anchor, scope.X + scope.Width, last ? number : null, dot, i == 0 ? label : null, scope.X + indent)
                {
                    KeepWithNext = !last,
                    SpaceBefore = i == 0 && !firstEntry && heading.Level == 1 ? (float)TableOfContents.FirstLevelSpaceBefore : 0,
                    Node = link,
                });
            }
            firstEntry = false;
        }
        output[^1].SpaceAfter = 12;
    }

    /// <summary>
    /// The hanging indent of every level (index 1 to 4): the larger of <see cref="TableOfContents.HangingIndent(int)"/>
    /// and the widest number of the level's entries followed by a space, shaped in the entries' font.
    /// </summary>
    private static float[] HangingIndents(IEnumerable<Heading> headings, TextStyle style, bool kerning)
    {
        var space = TextShaper.Shape(style.Font, " ", kerning, false).Advance * style.Size;
        var result = Enumerable.Range(0, 5).Select(level => (float)TableOfContents.HangingIndent(level)).ToArray();
        foreach (var heading in headings)
        {
            if (heading.Number is { Length: > 0 } number)
            {
                var level = Math.Clamp(heading.Level, 1, 4);
                result[level] = Math.Max(result[level], TextShaper.Shape(style.Font, number, kerning, false).Advance * style.Size + space);
            }
        }
        return result;
    }
}
