using System.IO.Compression;
using Csto.Reporting.Docx.Tests.Support;
using Csto.Reporting.Themes;

namespace Csto.Reporting.Docx.Tests;

public sealed class DeterminismTests
{
    [Fact]
    public async Task Rendering_twice_gives_identical_bytes()
    {
        var first = await DocxRendering.RenderAsync(TestDocuments.Showcase(), BuiltInThemes.Modern, new FixedPageLocator());
        await Task.Delay(1100); // zip timestamps have a two-second resolution: cross a tick of the clock
        var second = await DocxRendering.RenderAsync(TestDocuments.Showcase(), BuiltInThemes.Modern, new FixedPageLocator());

        second.Should().Equal(first);
    }

    [Fact]
    public async Task Every_zip_entry_has_the_fixed_timestamp_and_the_content_types_come_first()
    {
        var docx = await DocxRendering.RenderAsync(TestDocuments.Showcase());

        using var zip = new ZipArchive(new MemoryStream(docx), ZipArchiveMode.Read);
        zip.Entries.Select(e => e.LastWriteTime.DateTime).Should().AllBeEquivalentTo(new DateTime(1980, 1, 1));
        zip.Entries[0].FullName.Should().Be("[Content_Types].xml");
        zip.Entries[1].FullName.Should().Be("_rels/.rels");
    }

    [Fact]
    public async Task Relationship_ids_are_sequential_and_no_random_ids_appear()
    {
        var docx = await DocxRendering.RenderAsync(TestDocuments.Showcase());

        var xml = DocxInspection.NormalisedXml(docx);
        System.Text.RegularExpressions.Regex.Matches(xml, " (?:r:id|Id)=\"([^\"]+)\"")
            .Select(m => m.Groups[1].Value)
            .Should().OnlyContain(id => System.Text.RegularExpressions.Regex.IsMatch(id, "^rId[0-9]+$"));
        xml.Should().NotContain("w:rsid");
        xml.Should().NotContain("lastModifiedBy");
    }

    [Fact]
    public async Task The_output_stream_is_left_open()
    {
        using var stream = new MemoryStream();
        await new DocxReportRenderer().RenderAsync(TestDocuments.Minimal(), Rendering.RenderOptions.Default, stream);

        stream.CanWrite.Should().BeTrue();
        stream.Length.Should().BeGreaterThan(0);
    }
}
