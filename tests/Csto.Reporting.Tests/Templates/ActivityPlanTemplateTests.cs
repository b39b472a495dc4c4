using Csto.Domain;
using Csto.Domain.Documents;
using Csto.Reporting.Diagnostics;
using Csto.Reporting.Documents.Printing;
using Csto.Reporting.Generation;
using Csto.Reporting.Templates;
using NodaTime;

namespace Csto.Reporting.Tests.Templates;

/// <summary>A plan of joint activities: a template folder may render one, and the bundled templates print each term as the plan gives it.</summary>
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
    public void The_bundled_templates_print_each_term_as_the_plan_gives_it()
    {
        var plan = new ActivityPlan("План", new DateInterval(new LocalDate(2026, 1, 1), new LocalDate(2027, 12, 31)),
            [new PlanItem("Годовое", new PartialDate(2026), ["secretariat"], englishActivity: "Yearly"),
             new PlanItem("Квартальное", new PartialDate(2026), ["secretariat"], quarter: 2),
             new PlanItem("Осеннее", new PartialDate(2026, 9), ["joint-staff"], termEnd: new PartialDate(2026, 10)),
             new PlanItem("Зимнее", new PartialDate(2026, 12), ["joint-staff"], termEnd: new PartialDate(2027, 1)),
             new PlanItem("Дневное", new PartialDate(2026, 3, 15), ["cfm"]),
             new PlanItem("Трёхдневное", new PartialDate(2026, 3, 15), ["cfm"], termEnd: new PartialDate(2026, 3, 17))],
            approvingBodyId: "cfm", approvalDate: new LocalDate(2025, 11, 27));
        var generator = new ReportGenerator(TemplateCatalog.Embedded, []);

        var russian = DocumentTreePrinter.Print(generator.BuildDocument("activity-plan", plan));
        var english = DocumentTreePrinter.Print(generator.BuildDocument("activity-plan.en", plan));

        const string nb = "~"; // the tree printer shows a no-break space as ~
        russian.Should().Contain($"paragraph plain: 2026{nb}год").And.Contain($"paragraph plain: II{nb}квартал 2026{nb}года")
            .And.Contain($"paragraph plain: сентябрь{nb}– октябрь 2026{nb}года").And.Contain($"paragraph plain: декабрь 2026{nb}года{nb}– январь 2027{nb}года")
            .And.Contain($"paragraph plain: 15{nb}марта 2026{nb}года").And.Contain($"paragraph plain: 15–17{nb}марта 2026{nb}года")
            .And.Contain("Объединённый штаб ОДКБ").And.Contain("Утверждён Советом министров иностранных дел ОДКБ 27");
        english.Should().Contain("paragraph plain: Yearly").And.Contain("(recorded in Russian only)").And.Contain($"Q2{nb}2026")
            .And.Contain($"September{nb}– October 2026").And.Contain($"December 2026{nb}– January 2027").And.Contain($"15–17{nb}March 2026")
            .And.Contain("CSTO Joint Staff");
        System.Text.RegularExpressions.Regex.IsMatch(english, "\\p{IsCyrillic}").Should().BeFalse("English outputs print no Cyrillic");
    }
}
