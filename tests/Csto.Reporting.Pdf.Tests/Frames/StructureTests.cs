using System.Text;
using Csto.Reporting.Documents;
using Csto.Reporting.Hyphenation;
using Csto.Reporting.Pdf.Frames;
using Csto.Reporting.Pdf.Layout.Blocks;
using Csto.Reporting.Pdf.Pagination;
using Csto.Reporting.Pdf.Tests.TestSupport;
using SkiaSharp;

namespace Csto.Reporting.Pdf.Tests.Frames;

/// <summary>
/// The structure tree read back from the frames of a realistic document (title page, contents, numbered headings,
/// footnotes, a nested list, a table with a header row and a caption, a quote, signatures and a picture): each
/// element holds the text its block printed, and furniture, rules and leaders are artifacts.
/// </summary>
public sealed class StructureTests
{
    private static readonly ReportDocument Document = WithPicture(Samples.Showcase());
    private static readonly FrameCollector Laid = Draw();
    private static readonly Dictionary<StructureNode, string> OwnText = TextByNode();
    private static readonly StructureNode Root = StructureTree.Of(Laid.Frames);

    [Fact]
    public void Every_heading_is_an_element_of_its_level_holding_its_number_and_text()
    {
        var nodes = Root.DescendantsAndSelf().Where(n => n.Role is >= StructureRole.H1 and <= StructureRole.H6).ToList();
        var headings = Document.Headings().ToList();
        nodes.Select(n => n.Target).Should().Equal(headings.Select(h => h.Anchor));
        for (var i = 0; i < headings.Count; i++)
        {
            nodes[i].Role.Should().Be(StructureRole.H1 + headings[i].Level - 1);
            Squeeze(Text(nodes[i])).Should().Be(Squeeze(HeadingLayout.Title(headings[i])));
        }
    }

    [Fact]
    public void The_table_has_a_caption_a_header_row_of_column_headers_and_body_rows_of_cells()
    {
        var table = Root.DescendantsAndSelf().Single(n => n.Role == StructureRole.Table);
        table.Children().Select(c => c.Role).Should().Equal(StructureRole.Caption, StructureRole.THead, StructureRole.TBody);
        Squeeze(Text(table.Children()[0])).Should().Be(Squeeze("Таблица 1\u00A0— Председательство в ОДКБ"));
        var header = table.Children()[1].Children().Should().ContainSingle().Subject;
        header.Children().Should().OnlyContain(c => c.Role == StructureRole.TH && c.Scope == TableHeaderScope.Column);
        header.Children().Select(Text).Should().Equal("Год", "Государство", "Сессия СКБ");
        var rows = table.Children()[2].Children();
        rows.Should().HaveCount(3).And.OnlyContain(r => r.Role == StructureRole.TR && r.Children().Count == 3 && r.Children().All(c => c.Role == StructureRole.TD));
        rows.Select(r => Text(r.Children()[0])).Should().Equal("2023", "2024", "2025");
        Squeeze(Text(rows[2].Children()[2])).Should().Be(Squeeze("Бишкек, 27 ноября 2025 года"));
    }

    [Fact]
    public void A_list_item_is_a_label_and_a_body_and_a_nested_list_sits_in_its_parents_body()
    {
        var list = Root.Children().First(n => n.Role == StructureRole.L);
        list.Children().Should().HaveCount(3).And.OnlyContain(i => i.Role == StructureRole.LI);
        list.Children().Select(i => i.Children().Select(c => c.Role)).Should().AllSatisfy(roles => roles.Should().Equal(StructureRole.Lbl, StructureRole.LBody));
        list.Children().Select(i => Text(i.Children()[0])).Should().Equal("–", "–", "–");
        Text(list.Children()[0].Children()[1]).Should().StartWith("формирование");
        var nested = list.Children()[1].Children()[1].Children().Single(c => c.Role == StructureRole.L);
        nested.Children().Select(i => Text(i.Children()[0])).Should().Equal("1.", "2.");
        Text(nested.Children()[1].Children()[1]).Should().Be("в гуманитарной области.");
    }

    [Fact]
    public void Footnotes_are_notes_the_picture_is_a_figure_with_its_alternative_text_and_the_contents_has_entries()
    {
        var notes = Root.Children().Where(n => n.Role == StructureRole.Note).ToList();
        notes.Should().HaveCount(Document.Footnotes.Count);
        Text(notes[0]).Should().Contain("Рабочая группа создана решением СКБ");
        var figure = Root.DescendantsAndSelf().Single(n => n.Role == StructureRole.Figure);
        figure.AltText.Should().Be("Схема взаимодействия органов ОДКБ");
        Items().OfType<Picture>().Should().ContainSingle().Which.Mark.Node.Should().BeSameAs(figure);
        var toc = Root.Children().Single(n => n.Role == StructureRole.TOC);
        var entries = Document.Headings().Where(h => h.InTableOfContents && h.Level <= 3).ToList();
        var tocis = toc.Children().Where(c => c.Role == StructureRole.TOCI).ToList();
        tocis.Select(c => c.Target).Should().Equal(entries.Select(h => h.Anchor));
        // Each entry is one Link whose content reads in order: the heading's number and title, then its page number.
        for (var i = 0; i < entries.Count; i++)
        {
            var link = tocis[i].Children().Should().ContainSingle().Which;
            link.Role.Should().Be(StructureRole.Link);
            link.Contents.Should().Be(HeadingLayout.Title(entries[i]));
            Squeeze(Text(link)).Should().MatchRegex("^" + System.Text.RegularExpressions.Regex.Escape(Squeeze(HeadingLayout.Title(entries[i]))) + "[0-9]+$");
        }
        Root.Children().Should().Contain(n => n.Role == StructureRole.BlockQuote && n.Children().Any(c => c.Role == StructureRole.P));
    }

    [Fact]
    public void Furniture_rules_and_leaders_are_artifacts_and_all_other_content_is_in_the_tree()
    {
        var items = Items().ToList();
        items.OfType<Line>().Should().NotBeEmpty().And.OnlyContain(l => l.Mark.Artifact == ArtifactKind.TableRule || l.Mark.Artifact == ArtifactKind.FootnoteRule);
        var leaders = items.OfType<GlyphRun>().Where(r => r.Mark.Artifact == ArtifactKind.Leader).ToList();
        leaders.Should().NotBeEmpty().And.OnlyContain(r => r.Text.Trim('.').Length == 0);
        items.OfType<GlyphRun>().Where(r => r.Mark.Artifact is ArtifactKind.PageNumber).Should().HaveCount(Laid.Frames.Count - 1, "every page but the title page has its number");
        Root.Should().BeSameAs(Laid.Ended!.Structure, "the pass's result holds the root of the tree its frames mark");
        items.Where(i => !i.Mark.IsArtifact).Should().OnlyContain(i => i.Mark.Node!.Root == Root);
        // Nothing of the body hangs directly on the root: every glyph of content belongs to some block's element.
        items.OfType<GlyphRun>().Where(r => !r.Mark.IsArtifact).Should().OnlyContain(r => r.Mark.Node != Root);
    }

    private static FrameCollector Draw()
    {
        var collector = new FrameCollector();
        LaidOutDocument.Of(Document, Render.Options(Document).Theme, LiangHyphenator.Default).WriteTo(collector, CancellationToken.None);
        return collector;
    }

    private static ReportDocument WithPicture(ReportDocument document)
    {
        using var bitmap = new SKBitmap(60, 40);
        bitmap.Erase(SKColors.SteelBlue);
        using var data = bitmap.Encode(SKEncodedImageFormat.Png, 100);
        var picture = new Image(data.ToArray(), 180, 120) { AltText = "Схема взаимодействия органов ОДКБ" };
        return document with { Sections = [.. document.Sections, new Section([new Heading(1, [new TextRun("Приложение")], "appendix"), picture])] };
    }

    private static IEnumerable<FrameItem> Items() => Laid.Frames.SelectMany(p => p.AllItems());

    private static Dictionary<StructureNode, string> TextByNode()
    {
        var texts = new Dictionary<StructureNode, StringBuilder>();
        foreach (var run in Items().OfType<GlyphRun>().Where(r => r.Mark.Node is not null))
        {
            if (!texts.TryGetValue(run.Mark.Node!, out var text))
            {
                texts.Add(run.Mark.Node!, text = new StringBuilder());
            }
            text.Append(run.Text);
        }
        return texts.ToDictionary(p => p.Key, p => p.Value.ToString());
    }

    /// <summary>The text of a node and its descendants, in reading order.</summary>
    private static string Text(StructureNode node) =>
        string.Concat(node.DescendantsAndSelf().Select(n => OwnText.GetValueOrDefault(n, string.Empty))).Trim();

    private static string Squeeze(string text) => new(text.Where(c => !char.IsWhiteSpace(c)).ToArray());
}
