using Csto.Domain;
using Csto.Domain.Events;
using NodaTime;

namespace Csto.Domain.Tests.Model;

public sealed class DataFileTests
{
    private static readonly Event Session = new(EventType.Session, date: new LocalDate(2025, 12, 3), number: 42, bodyIds: ["wg-afghanistan"]);

    [Theory]
    [InlineData("session-communique")]
    [InlineData("session-communique.en")]
    [InlineData("activity-report")]
    public void A_template_name_may_carry_a_language_suffix(string name) =>
        new CstoDataFile(Session, name).Template.Should().Be(name);

    [Theory]
    [InlineData("Session-Communique")]
    [InlineData("session communique")]
    [InlineData("session-communique.english")]
    [InlineData("session-communique.")]
    public void Other_template_names_are_rejected_with_the_rule(string name)
    {
        var act = () => new CstoDataFile(Session, name);

        act.Should().Throw<ArgumentException>().WithParameterName("template")
            .WithMessage($"*\"{name}\"*kebab-case with an optional language suffix*");
    }
}
