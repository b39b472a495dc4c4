using Csto.Reporting.Themes;

namespace Csto.Reporting.Tests.Themes;

public sealed class BuiltInThemesTests
{
    [Theory]
    [InlineData("gost", "gost")]
    [InlineData("GOST", "gost")]
    [InlineData("Modern", "modern")]
    public void Themes_are_found_by_name_in_any_case(string name, string expected)
    {
        BuiltInThemes.TryGet(name, out var theme).Should().BeTrue();
        theme!.Name.Should().Be(expected);
        BuiltInThemes.ByName(name).Should().BeSameAs(theme);
    }

    [Theory]
    [InlineData("baroque")]
    [InlineData("")]
    [InlineData(null)]
    public void An_unknown_name_is_not_found_and_the_error_lists_the_themes(string? name)
    {
        BuiltInThemes.TryGet(name, out var theme).Should().BeFalse();
        theme.Should().BeNull();
        if (name is not null)
        {
            var act = () => BuiltInThemes.ByName(name);
            act.Should().Throw<ArgumentException>().WithMessage("*expected one of: gost, modern*");
        }
    }

    [Theory]
    [InlineData("gost")]
    [InlineData("GOST")]
    [InlineData("Modern")]
    [InlineData("modern ")]
    [InlineData("gost2")]
    [InlineData("")]
    [InlineData(null)]
    public void Whether_a_name_exists_is_answered_as_a_lookup_answers_it(string? name) =>
        BuiltInThemes.Exists(name).Should().Be(BuiltInThemes.TryGet(name, out _));

    [Fact]
    public void Every_built_in_theme_exists_by_its_name_and_the_default_is_gost() =>
        BuiltInThemes.All.Select(t => t.Name).Append(BuiltInThemes.DefaultName).Should().OnlyContain(name => BuiltInThemes.Exists(name))
            .And.Subject.Last().Should().Be(BuiltInThemes.Gost.Name);
}
