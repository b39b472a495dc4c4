using System.Text;
using Csto.Reporting.Documents;
using Csto.Reporting.Documents.Printing;
using Csto.Reporting.Generation;
using Csto.Reporting.Markdown;
using Csto.Reporting.Templates;
using Csto.Testing;

namespace Csto.Reporting.Tests.Documents;

/// <summary>
/// The render check finds a document's characters through <see cref="DocumentText"/>: every letter the tree's full
/// text dump shows (metadata, headings, cells, captions, signatures, footnotes) must be among its strings.
/// </summary>
public sealed class DocumentTextTests
{
    private static readonly ReportGenerator Generator = new(TemplateCatalog.Embedded, []);

    public static TheoryData<string> Samples()
    {
        var data = new TheoryData<string>();
        foreach (var path in Directory.GetFiles(RepositoryPaths.SampleData, "*.md").Order(StringComparer.Ordinal))
        {
            if (Path.GetFileName(path) == "README.md")
            {
                continue;
            }
            data.Add(Path.GetFileName(path));
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public void Every_letter_of_the_printed_tree_is_in_the_documents_strings(string file)
    {
        var path = Path.Combine(RepositoryPaths.SampleData, file);
        var document = Generator.BuildMarkdownDocument(File.ReadAllText(path), path, ImageFolder.Loader(RepositoryPaths.SampleData));

        var printed = Letters(DocumentTreePrinter.Print(document));
        var walked = Letters(string.Concat(DocumentText.Strings(document)));

        printed.Count.Should().BeGreaterThan(20);
        printed.Except(walked).Should().BeEmpty($"the render check must see every letter of {file}");
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public void The_plain_text_length_of_every_paragraph_and_heading_is_the_length_of_its_plain_text(string file)
    {
        var path = Path.Combine(RepositoryPaths.SampleData, file);
        var document = Generator.BuildMarkdownDocument(File.ReadAllText(path), path, ImageFolder.Loader(RepositoryPaths.SampleData));
        var contents = document.Sections.SelectMany(s => s.Blocks).SelectMany(DocumentWalker.DescendantsAndSelf)
            .Select(b => b switch { Paragraph p => p.Content, Heading h => h.Content, _ => null })
            .OfType<IReadOnlyList<Inline>>().ToList();

        contents.Should().HaveCountGreaterThan(3);
        contents.Should().AllSatisfy(c => DocumentWalker.PlainTextLength(c).Should().Be(DocumentWalker.PlainText(c).Length));
    }

    private static HashSet<Rune> Letters(string text) =>
        [.. text.EnumerateRunes().Where(r => r.Value >= 0x80 && Rune.IsLetterOrDigit(r))];
}
