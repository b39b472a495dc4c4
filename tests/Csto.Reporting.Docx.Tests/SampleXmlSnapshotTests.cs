using Csto.Reporting.Docx.Tests.Support;
using Csto.Reporting.Themes;
using Csto.Testing;

namespace Csto.Reporting.Docx.Tests;

/// <summary>
/// The normalised XML of every sample's DOCX, in the theme the report generator picks for it (its template's or
/// front matter's). What a theme and language share is snapshotted once (<c>Samples/Xml/Shared/THEME.LANG</c>); each
/// sample's snapshot (<c>Samples/Xml/SAMPLE.TEMPLATE</c>) has its own parts in full and names the shared ones —
/// see <see cref="PartSnapshots"/>. No page locator is given, so the snapshots do not move with the PDF layout:
/// the table of contents' cached page numbers are empty and the settings ask Word to update fields.
/// </summary>
public sealed class SampleXmlSnapshotTests
{
    public static TheoryData<string, string> Cases() => SampleCases.TheoryData();

    /// <summary>Every theme and language a sample is rendered in.</summary>
    public static TheoryData<string, string> SharedCases()
    {
        var data = new TheoryData<string, string>();
        var keys = SampleCases.All()
            .Select(c => SampleCases.Build(c.File, c.Template))
            .Select(d => (Theme: SampleCases.ThemeOf(d).Name, d.Metadata.Language))
            .Distinct()
            .OrderBy(k => k.Theme, StringComparer.Ordinal).ThenBy(k => k.Language, StringComparer.Ordinal);
        foreach (var (theme, language) in keys)
        {
            data.Add(theme, language);
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(SharedCases))]
    public async Task The_parts_a_theme_shares_match_the_verified_snapshot(string theme, string language)
    {
        var reference = await DocxRendering.RenderAsync(TestDocuments.ThemeReference(language), BuiltInThemes.ByName(theme));

        Snapshot.VerifyText(SharedName(theme, language), PartSnapshots.Shared(reference), "xml");
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Every_sample_docx_matches_its_verified_xml_snapshot(string sample, string template)
    {
        var document = SampleCases.Build(sample, template);
        var theme = SampleCases.ThemeOf(document);
        var docx = await DocxRendering.RenderAsync(document, theme);
        var reference = await DocxRendering.RenderAsync(TestDocuments.ThemeReference(document.Metadata.Language), theme);

        var snapshot = PartSnapshots.PerDocument(docx, reference, SharedName(theme.Name, document.Metadata.Language));

        Snapshot.VerifyText($"Samples/Xml/{SampleCases.Name(sample, template)}", snapshot, "xml");
    }

    private static string SharedName(string theme, string language) => $"Samples/Xml/Shared/{theme}.{language}";
}
