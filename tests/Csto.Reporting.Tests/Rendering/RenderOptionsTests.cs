using Csto.Reporting.Rendering;

namespace Csto.Reporting.Tests.Rendering;

public sealed class RenderOptionsTests
{
    [Fact]
    public void Defaults_are_the_gost_theme_at_96_dpi_without_pdfa()
    {
        RenderOptions.Default.Theme.Name.Should().Be("gost");
        RenderOptions.Default.PngDpi.Should().Be(96);
        RenderOptions.Default.PdfA.Should().BeFalse();
    }

    [Theory]
    [InlineData(RenderOptions.MinPngDpi)]
    [InlineData(300)]
    [InlineData(RenderOptions.MaxPngDpi)]
    public void A_resolution_in_range_is_kept(int dpi) =>
        (RenderOptions.Default with { PngDpi = dpi }).PngDpi.Should().Be(dpi);

    [Theory]
    [InlineData(0)]
    [InlineData(RenderOptions.MinPngDpi - 1)]
    [InlineData(RenderOptions.MaxPngDpi + 1)]
    public void A_resolution_out_of_range_is_rejected_even_through_with(int dpi)
    {
        var act = () => RenderOptions.Default with { PngDpi = dpi };

        act.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("PngDpi").WithMessage("*10 to 1200 DPI*");
    }
}
