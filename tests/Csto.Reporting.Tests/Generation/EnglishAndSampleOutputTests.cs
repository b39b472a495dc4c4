using System.Text.RegularExpressions;
using Csto.Domain;
using Csto.Domain.Documents;
using Csto.Domain.Events;
using Csto.Domain.Naming;
using Csto.Domain.Places;
using Csto.Domain.Serialization;
using Csto.Reporting.Documents;
using Csto.Reporting.Documents.Printing;
using Csto.Reporting.Generation;
using Csto.Reporting.Inputs;
using Csto.Reporting.Templates;
using Csto.Testing;
using NodaTime;

namespace Csto.Reporting.Tests.Generation;

/// <summary>
/// What the domain's samples and templates promise beyond their snapshots: English outputs carry no Cyrillic letter,
/// the YAML samples hold the same records as their JSON twins, and an analytical report's title page ends with its
/// place and year.
/// </summary>
public sealed partial class EnglishAndSampleOutputTests
{
    private static readonly ReportGenerator Generator = new(TemplateCatalog.Embedded, []);

    public static TheoryData<string, string> EnglishCases()
    {
        var data = new TheoryData<string, string>();
        foreach (var (file, template) in SampleCases.All().Where(c => c.Template.EndsWith(".en", StringComparison.Ordinal)))
        {
            data.Add(file, template);
        }
        return data;
    }

    [Fact]
    public void Every_record_kind_with_an_English_template_has_English_samples()
    {
        var english = SampleCases.All().Where(c => c.Template.EndsWith(".en", StringComparison.Ordinal)).Select(c => c.Template).ToHashSet();
        english.Should().BeEquivalentTo(TemplateCatalog.Embedded.Names.Where(n => n.EndsWith(".en", StringComparison.Ordinal)),
            "every English template renders at least one sample");
        english.Should().Contain("event-summary.en");
    }

    [Theory]
    [MemberData(nameof(EnglishCases))]
    public void An_English_template_prints_no_Cyrillic_letter(string file, string template)
    {
        var document = SampleCases.Build(file, template);
        var tree = DocumentTreePrinter.Print(document);

        var cyrillic = tree.Split('\n').Where(line => Cyrillic().IsMatch(line)).ToList();
        cyrillic.Should().BeEmpty($"{template} of {file} is English: its text and metadata carry no Cyrillic");
        document.Metadata.Language.Should().Be("en-US");
    }

    [Theory]
    [InlineData("csc-decision-antinarcotics-strategy-2025-en.yaml", "csc-decision-antinarcotics-strategy-2025.json")]
    [InlineData("joint-meeting-bishkek-2025-minutes-en.yaml", "joint-meeting-bishkek-2025-minutes.json")]
    [InlineData("exercise-interaction-2025-en.yaml", "exercise-interaction-2025.json")]
    [InlineData("csc-statement-narcotics-2025-en.yaml", "csc-statement-narcotics-2025.json")]
    [InlineData("csc-declaration-2025-en.yaml", "csc-declaration-2025.json")]
    [InlineData("joint-training-plan-2026-en.yaml", "joint-training-plan-2026.json")]
    [InlineData("secretary-general-report-2025-en.yaml", "secretary-general-report-2025.json")]
    public void A_YAML_sample_holds_the_record_of_its_JSON_twin_and_names_the_English_template(string yaml, string json)
    {
        var fromYaml = DataFileReader.Read(File.ReadAllText(Path.Combine(RepositoryPaths.SampleData, yaml)), yaml);
        var fromJson = CstoJson.Read(File.ReadAllText(Path.Combine(RepositoryPaths.SampleData, json)), json);

        CstoJson.Write(new CstoDataFile(fromYaml.Record)).Should().Be(CstoJson.Write(new CstoDataFile(fromJson.Record)));
        fromYaml.Template.Should().Be(fromJson.Template + ".en");
        var english = Generator.BuildDocument(fromYaml.Template!, fromYaml.Record);
        Cyrillic().IsMatch(DocumentTreePrinter.Print(english)).Should().BeFalse();
    }

    [Fact]
    public void The_seminars_participants_end_with_а_также_students_not_a_doubled_и()
    {
        string Text(string sample, string template)
        {
            var file = CstoJson.Read(File.ReadAllText(Path.Combine(RepositoryPaths.SampleData, sample)), sample);
            return DocumentTreePrinter.Print(Generator.BuildDocument(template, file.Record)).Replace('~', ' '); // the printer shows a no-break space as ~
        }

        Text("seminar-2024-02-14-event.json", "session-communique").Should()
            .Contain("представителей научного сообщества, а также студентов и аспирантов политологических факультетов").And.NotContain("и студентов и аспирантов");
        Text("seminar-2024-02-14.json", "event-summary.en").Should()
            .Contain("representatives of the academic community, as well as students and postgraduates").And.NotContain("and students and postgraduates");
    }

    [Fact]
    public void The_English_minutes_print_the_agenda_and_the_decisions_from_the_English_fields()
    {
        var minutes = new Minutes(["cfm", "cdm"], new LocalDate(2025, 11, 27), items:
        [
            new MinutesItem("О проекте декларации", ["Одобрить проект декларации."], "On the draft Declaration", ["To approve the draft Declaration."]),
            new MinutesItem("О проекте плана", ["Одобрить проект плана."]),
        ]);
        var paragraphs = Texts(Generator.BuildDocument("minutes.en", minutes));

        paragraphs.Should().ContainInOrder("Agenda:", "On the draft Declaration.", "(The item is recorded in Russian only.)",
            "1. On the draft Declaration", "Decided:", "To approve the draft Declaration.",
            "2. (The item is recorded in Russian only.)", "(The decisions are recorded in Russian only.)");
        paragraphs.Should().NotContain(p => Cyrillic().IsMatch(p));
    }

    [Fact]
    public void The_title_page_of_an_analytical_report_ends_with_its_place_and_year()
    {
        var moscow = new City(new Name(new RussianName("Москва", "Москвы", "Москве", "Москву", "Москвой", "Москве"), "Moscow"), "RU");
        var report = new AnalyticalReport("Доклад", date: new LocalDate(2026, 3, 2), place: moscow);

        var titlePage = Generator.BuildDocument("analytical-report", report).Sections.SelectMany(s => s.Blocks).OfType<TitlePage>().Single();

        titlePage.Bottom.Select(b => DocumentWalker.PlainText(((Paragraph)b).Content)).Should().Equal("Москва 2026");
        var undated = Generator.BuildDocument("analytical-report", new AnalyticalReport("Доклад", place: moscow));
        undated.Sections.SelectMany(s => s.Blocks).OfType<TitlePage>().Single().Bottom
            .Select(b => DocumentWalker.PlainText(((Paragraph)b).Content)).Should().Equal("Москва");
    }

    private static List<string> Texts(ReportDocument document) =>
        document.Sections.SelectMany(s => s.Blocks).SelectMany(DocumentWalker.DescendantsAndSelf).OfType<Paragraph>()
            .Select(p => DocumentWalker.PlainText(p.Content).Replace('\u00A0', ' ')).ToList();

    [GeneratedRegex(@"\p{IsCyrillic}")]
    private static partial Regex Cyrillic();
}
