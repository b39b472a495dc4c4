using Csto.Reporting.Templates;

namespace Csto.Reporting.Tests.Templates;

public sealed class TemplateModelKindTests
{
    [Fact]
    public void Every_kind_has_one_spelling_that_parses_back_to_it()
    {
        var kinds = Enum.GetValues<TemplateModelKind>();
        TemplateModelKinds.Names.Should().OnlyHaveUniqueItems().And.HaveCount(kinds.Length);
        foreach (var kind in kinds)
        {
            TemplateModelKinds.TryParse(kind.ToName(), out var parsed).Should().BeTrue();
            parsed.Should().Be(kind);
            kind.ToName().Should().Be(char.ToLowerInvariant(kind.ToString()[0]) + kind.ToString()[1..], "the spelling is the kind's name in camel case");
        }
    }

    [Theory]
    [InlineData("analytical-report", TemplateModelKind.AnalyticalReport)]
    [InlineData("SECRETARY_GENERAL_REPORT", TemplateModelKind.SecretaryGeneralReport)]
    [InlineData("event", TemplateModelKind.Event)]
    public void Spellings_parse_in_any_case_with_hyphens_or_underscores(string name, TemplateModelKind expected)
    {
        TemplateModelKinds.TryParse(name, out var kind).Should().BeTrue();
        kind.Should().Be(expected);
    }

    [Theory]
    [InlineData("report")]
    [InlineData("")]
    [InlineData(null)]
    public void Other_names_do_not_parse(string? name)
    {
        TemplateModelKinds.TryParse(name, out var kind).Should().BeFalse();
        kind.Should().Be(default(TemplateModelKind));
    }

    [Fact]
    public void An_undefined_value_has_no_spelling()
    {
        var act = () => ((TemplateModelKind)99).ToName();
        act.Should().Throw<InvalidOperationException>();
    }
}
