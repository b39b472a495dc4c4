using Csto.Reporting.Docx.Tests.Support;
using Csto.Reporting.Rendering;
using Csto.Reporting.Themes;
using Csto.Testing;

namespace Csto.Reporting.Docx.Tests;

public sealed class SnapshotTests
{
    [Theory]
    [InlineData("gost")]
    [InlineData("modern")]
    public async Task The_showcase_parts_match_the_verified_snapshot(string theme)
    {
        var docx = await DocxRendering.RenderAsync(TestDocuments.Showcase(), BuiltInThemes.ByName(theme), new FixedPageLocator());

        Snapshot.VerifyText($"showcase-{theme}.parts", DocxInspection.NormalisedXml(docx), "xml");
        Snapshot.VerifyText($"showcase-{theme}.text", DocxInspection.PlainText(docx));
    }

    [Fact]
    public async Task The_minimal_document_matches_the_verified_snapshot()
    {
        var docx = await DocxRendering.RenderAsync(TestDocuments.Minimal());

        Snapshot.VerifyText("minimal.parts", DocxInspection.NormalisedXml(docx), "xml");
    }
}
