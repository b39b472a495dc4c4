using Csto.Reporting.Pdf.PdfFile;

namespace Csto.Reporting.Pdf.Tests.PdfFile;

public sealed class PdfCatalogAdditionsTests
{
    [Fact]
    public void Outline_entries_validate_their_arguments()
    {
        FluentActions.Invoking(() => new PdfOutlineEntry(null!, 1, 0, 0)).Should().Throw<ArgumentNullException>().WithParameterName("Title");
        FluentActions.Invoking(() => new PdfOutlineEntry("Раздел", 0, 0, 0)).Should().Throw<ArgumentOutOfRangeException>()
            .WithParameterName("Level").WithMessage("*level must be 1 or greater*");
        FluentActions.Invoking(() => new PdfOutlineEntry("Раздел", 1, -1, 0)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("PageIndex");
        FluentActions.Invoking(() => new PdfOutlineEntry("Раздел", 1, 0, double.NaN)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("Top");
        FluentActions.Invoking(() => new PdfOutlineEntry("Раздел", 1, 0, -1)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("Top");
        new PdfOutlineEntry("Раздел", 2, 3, 712.5).Should().Be(new PdfOutlineEntry("Раздел", 2, 3, 712.5));
    }

    [Theory]
    [InlineData("")]
    [InlineData("ru RU")]
    [InlineData("-ru")]
    [InlineData("ru-")]
    [InlineData("ru--RU")]
    [InlineData("ру")]
    public void Malformed_language_tags_are_rejected(string language)
    {
        FluentActions.Invoking(() => new PdfCatalogAdditions { Language = language })
            .Should().Throw<ArgumentException>().WithParameterName("Language").WithMessage("*BCP 47*");
    }

    [Fact]
    public void Additions_copy_the_outline_and_reject_null_entries()
    {
        var entries = new List<PdfOutlineEntry> { new("Раздел", 1, 0, 0) };
        var additions = new PdfCatalogAdditions { Outline = entries, Language = "ru-RU" };
        entries.Add(new("Ещё", 1, 0, 0));

        additions.Outline.Should().HaveCount(1);
        additions.IsEmpty.Should().BeFalse();
        PdfCatalogAdditions.None.IsEmpty.Should().BeTrue();
        FluentActions.Invoking(() => new PdfCatalogAdditions { Outline = [null!] }).Should().Throw<ArgumentNullException>().WithParameterName("Outline");
    }
}
