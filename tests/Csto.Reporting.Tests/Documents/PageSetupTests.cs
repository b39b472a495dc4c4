using Csto.Reporting.Documents;

namespace Csto.Reporting.Tests.Documents;

public sealed class PageSetupTests
{
    private static readonly Margins Small = new(10, 10, 10, 10);

    [Theory]
    [InlineData(-1)]
    [InlineData(0)]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    [InlineData(20000)]
    public void Page_sides_must_be_positive_finite_and_not_huge(double side)
    {
        FluentActions.Invoking(() => new PageSetup(side, 800, Small)).Should().Throw<ArgumentOutOfRangeException>().Which.ParamName.Should().Be("Width");
        FluentActions.Invoking(() => new PageSetup(600, side, Small)).Should().Throw<ArgumentOutOfRangeException>().Which.ParamName.Should().Be("Height");
        FluentActions.Invoking(() => PageSetup.A4Gost with { Height = side }).Should().Throw<ArgumentOutOfRangeException>().Which.ParamName.Should().Be("Height");
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(double.NaN)]
    [InlineData(double.NegativeInfinity)]
    public void Margins_must_be_finite_and_not_negative(double margin)
    {
        FluentActions.Invoking(() => new Margins(margin, 0, 0, 0)).Should().Throw<ArgumentOutOfRangeException>().Which.ParamName.Should().Be("Top");
        FluentActions.Invoking(() => new Margins(0, 0, 0, margin)).Should().Throw<ArgumentOutOfRangeException>().Which.ParamName.Should().Be("Left");
        FluentActions.Invoking(() => Small with { Bottom = margin }).Should().Throw<ArgumentOutOfRangeException>().Which.ParamName.Should().Be("Bottom");
    }

    [Fact]
    public void Margins_must_leave_room_for_content()
    {
        FluentActions.Invoking(() => new PageSetup(100, 200, new Margins(10, 45, 10, 40))).Should().Throw<ArgumentException>()
            .WithMessage("*leave 15 × 180 pt of content on a 100 × 200 pt page; at least 20 pt*").Which.ParamName.Should().Be("Margins");
        FluentActions.Invoking(() => PageSetup.A4Gost with { Margins = new Margins(400, 0, 450, 0) }).Should().Throw<ArgumentException>().Which.ParamName.Should().Be("Margins");
        FluentActions.Invoking(() => PageSetup.A4Gost with { Width = 100 }).Should().Throw<ArgumentException>().Which.ParamName.Should().Be("Width");
        new PageSetup(100, 200, new Margins(10, 40, 10, 40)).ContentWidth.Should().Be(20);
    }

    [Fact]
    public void Turning_the_page_rechecks_the_margins()
    {
        var tall = new PageSetup(100, 400, new Margins(150, 10, 150, 10));
        tall.ContentHeight.Should().Be(100);
        FluentActions.Invoking(() => tall with { Orientation = PageOrientation.Landscape }).Should().Throw<ArgumentException>().Which.ParamName.Should().Be("Orientation");
        FluentActions.Invoking(() => tall with { Orientation = (PageOrientation)7 }).Should().Throw<ArgumentOutOfRangeException>();
    }

    [Fact]
    public void The_gost_page_is_valid_and_unchanged()
    {
        PageSetup.A4Gost.ContentWidth.Should().BeApproximately(Length.FromMillimetres(170), 1e-9);
        PageSetup.A4Gost.ContentHeight.Should().BeApproximately(Length.FromMillimetres(257), 1e-9);
    }
}
