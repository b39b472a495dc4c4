using Csto.Reporting.Documents;
using Csto.Reporting.Documents.Printing;
using Csto.Reporting.Generation;
using Csto.Reporting.Markdown;
using Csto.Reporting.Templates;
using Csto.Testing;

namespace Csto.Reporting.Tests.Generation;

/// <summary>Every analyst Markdown sample (samples/data/*.md except README.md) builds a document; the trees are snapshotted as text.</summary>
public class MarkdownSampleSnapshotTests
{
    private static readonly ReportGenerator Generator = new(TemplateCatalog.Embedded, []);

    public static TheoryData<string> Samples()
    {
        var data = new TheoryData<string>();
        foreach (var path in Directory.GetFiles(RepositoryPaths.SampleData, "*.md").Order(StringComparer.Ordinal))
        {
            if (!Path.GetFileName(path).Equals("README.md", StringComparison.Ordinal))
            {
                data.Add(Path.GetFileNameWithoutExtension(path));
            }
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public void Markdown_sample_builds_its_document(string sample)
    {
        var path = Path.Combine(RepositoryPaths.SampleData, sample + ".md");

        var document = Generator.BuildMarkdownDocument(File.ReadAllText(path), path, ImageFolder.Loader(RepositoryPaths.SampleData));

        Snapshot.VerifyText($"Trees/{sample}.markdown", DocumentTreePrinter.Print(document));
    }

    [Fact]
    public void The_analyst_note_has_its_front_matter_a_captioned_table_and_one_footnote()
    {
        var path = Path.Combine(RepositoryPaths.SampleData, "analyst-note-eurasian-security.md");

        var document = Generator.BuildMarkdownDocument(File.ReadAllText(path), path, ImageFolder.Loader(RepositoryPaths.SampleData));

        document.Metadata.Author.Should().Be("Секретариат ОДКБ");
        document.Metadata.Language.Should().Be("ru-RU");
        var blocks = document.Sections.SelectMany(s => s.Blocks).ToList();
        blocks.OfType<Table>().Should().ContainSingle().Which.Caption.Should().NotBeNull();
        document.Footnotes.Should().ContainSingle();
        var titlePage = blocks.OfType<TitlePage>().Should().ContainSingle().Subject;
        titlePage.Top.OfType<Image>().Should().ContainSingle().Which.Format.Should().Be(ImageFormat.Svg, "the emblem is a vector picture");
        blocks.OfType<Image>().Should().ContainSingle(i => i.Format == ImageFormat.Svg && i.AltText!.Contains("2024: Мероприятия с участием Секретариата 1"), "the chart of events by year");
    }
}
