using Csto.Domain;
using Csto.Domain.Documents;
using Csto.Reporting.Diagnostics;
using Csto.Reporting.Documents.Printing;
using Csto.Reporting.Generation;
using Csto.Reporting.Templates;
using NodaTime;

namespace Csto.Reporting.Tests.Templates;

/// <summary>A plan of joint activities has no bundled template yet: a template folder may add one, and without one the error says so.</summary>
public sealed class ActivityPlanTemplateTests
{
    private static readonly ActivityPlan Plan = new("План совместных мероприятий",
        new DateInterval(new LocalDate(2026, 1, 1), new LocalDate(2026, 12, 31)),
        [new PlanItem("Консультации", new PartialDate(2026), ["cfm", "secretariat"], quarter: 2),
         new PlanItem("Семинар", new PartialDate(2026, 11), ["secretariat"])], approvingBodyId: "cfm");

    private const string PlanTemplate = """
        ---
        name: plan
        title: План совместных мероприятий
        model: activityPlan
        ---
        {{ model.title | md }} {.title}

        | № | Мероприятие | Ответственные |
        |---|---|---|
        {% for item in model.items -%}
        | {{ forloop.index }} | {{ item.activity | md }} | {% for id in item.responsible_body_ids %}{{ id | nominative | md }}{% unless forloop.last %}; {% endunless %}{% endfor %} |
        {% endfor %}
        """;

    [Fact]
    public void A_template_of_model_activityPlan_renders_the_items_as_table_rows()
    {
        var catalog = TemplateCatalog.FromTexts([new("plan", PlanTemplate)]);
        catalog.Get("plan").ModelKind.Should().Be(TemplateModelKind.ActivityPlan);

        var tree = DocumentTreePrinter.Print(new ReportGenerator(catalog, []).BuildDocument("plan", Plan));

        tree.Should().Contain("table header-rows=1");
        System.Text.RegularExpressions.Regex.Matches(tree, @"(?m)^\s+row$").Should().HaveCount(3, "a header row and one row per item");
        tree.Should().Contain("paragraph plain: Консультации").And.Contain("paragraph plain: Семинар")
            .And.Contain("paragraph plain: Совет министров иностранных дел; Секретариат");
    }

    [Fact]
    public void Without_a_template_the_plan_is_refused_with_the_reason()
    {
        var act = () => new ReportGenerator(TemplateCatalog.Embedded, []).BuildDocument(new CstoDataFile(Plan));

        act.Should().Throw<ReportInputException>().Which.Problems.Single().Message.Should().Be("No template takes activityPlan records.");
        TemplateModelKinds.Of(Plan).Should().Be(TemplateModelKind.ActivityPlan);
    }
}
