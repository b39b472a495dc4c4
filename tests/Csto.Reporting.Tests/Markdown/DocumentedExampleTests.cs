using Csto.Reporting.Documents;
using Csto.Reporting.Markdown;
using Csto.Testing;

namespace Csto.Reporting.Tests.Markdown;

public sealed class DocumentedExampleTests
{
    [Fact]
    public void The_complete_example_of_docs_markdown_md_reads_as_documented()
    {
        var docs = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "docs", "markdown.md"));
        var start = docs.IndexOf("```markdown\n", StringComparison.Ordinal) + "```markdown\n".Length;
        var example = docs[start..docs.IndexOf("\n```\n", start, StringComparison.Ordinal)];

        var document = MarkdownDocumentReader.Read(example, new MarkdownReadOptions
        {
            SourceName = "docs/markdown.md",
            ImageLoader = _ => MarkdownReaderContainerTests.TinyPng(300, 200),
        });

        document.Metadata.Keywords.Should().HaveCount(3);
        document.ThemeName.Should().Be("gost");
        var blocks = document.Sections.Single().Blocks;
        blocks.Select(b => b.GetType().Name).Should().Equal(
            "TitlePage", "TableOfContents", "PageBreak", "Heading", "Paragraph", "Paragraph", "Heading", "Heading",
            "Table", "ItemList", "BlockQuote", "Image", "Paragraph", "SignatureBlock");
        var headings = document.Headings().ToList();
        headings.Select(h => (h.Anchor, h.Number)).Should().Equal(("intro", null), ("drills", "1."), ("h-3", "1.1."));
        ((Paragraph)blocks[5]).Style.Should().Be(ParagraphStyle.Lead);
        ((Table)blocks[8]).Caption.Should().NotBeNull();
        ((Image)blocks[11]).Caption.Should().NotBeNull();
        ((Paragraph)blocks[12]).Style.Should().Be(ParagraphStyle.PlaceAndDate);
        ((SignatureBlock)blocks[13]).Signatories.Single().Office.Should().Be("Генеральный секретарь\nОрганизации Договора о коллективной безопасности");
        document.Footnotes.Should().ContainSingle();
    }
}
