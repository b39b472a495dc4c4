using Csto.Domain;
using Csto.Domain.Events;
using Csto.Reporting.Diagnostics;
using Csto.Reporting.Generation;
using Csto.Reporting.Templates;
using NodaTime;

namespace Csto.Reporting.Tests.Generation;

public sealed class ReportGeneratorTemplateNameTests
{
    private static readonly Event Session = new(EventType.Session, date: new LocalDate(2025, 12, 3), number: 42, bodyIds: ["wg-afghanistan"]);
    private static readonly ReportGenerator Generator = new(TemplateCatalog.Embedded, []);

    [Fact]
    public void A_data_file_naming_an_unknown_template_is_an_input_problem_of_that_file()
    {
        var act = () => Generator.BuildDocument(new CstoDataFile(Session, "session-summary"), sourceName: "wg.yaml");

        var problem = act.Should().Throw<ReportInputException>().Which.Problems.Single();
        problem.Source.Should().Be("wg.yaml");
        problem.Path.Should().Be("template");
        problem.Message.Should().Contain("'session-summary'").And.Contain("session-communique");
    }

    [Fact]
    public void An_english_variant_named_by_the_file_is_used()
    {
        var document = Generator.BuildDocument(new CstoDataFile(Session, "session-communique.en"), sourceName: "wg.yaml");

        document.Metadata.Language.Should().Be("en-US");
    }
}
