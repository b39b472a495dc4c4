using Csto.Testing;
using UglyToad.PdfPig;

namespace Csto.Reports.Console.Tests;

public sealed class ConsoleTests
{
    private const string SessionYaml = """
        template: session-communique
        record:
          kind: event
          id: wg-afghanistan-42
          type: session
          date: 2025-12-03
          number: 42
          bodyIds:
            - wg-afghanistan
          participants:
            - type: body
              bodyId: secretariat
            - type: memberStateDelegations
            - type: partner
              partnerId: icrc
        """;

    [Fact]
    public void Samples_renders_every_bundled_sample_to_pdf_and_docx()
    {
        using var folder = new TempFolder();

        var run = ConsoleRun.Run(folder.Path, "samples", "--out", "out", "--quiet");

        run.ExitCode.Should().Be(0, run.Error);
        var samples = Directory.GetFiles(RepositoryPaths.SampleData)
            .Where(f => Path.GetExtension(f) is ".json" or ".yaml" or ".md" && Path.GetFileName(f) != "README.md")
            .Select(Path.GetFileNameWithoutExtension).ToList();
        samples.Should().Contain(["wg-afghanistan-42", "wg-afghanistan-42-en", "analyst-note-eurasian-security"], "JSON, YAML and Markdown samples are all bundled");
        samples.Should().NotBeEmpty();
        var written = Directory.GetFiles(Path.Combine(folder.Path, "out")).Select(Path.GetFileName).ToList();
        written.Should().BeEquivalentTo(samples.SelectMany(s => new[] { s + ".pdf", s + ".docx" }), "every sample gives a PDF and a DOCX and nothing else");
        using var pdf = PdfDocument.Open(Path.Combine(folder.Path, "out", "wg-afghanistan-42.pdf"));
        string.Concat(pdf.GetPages().Select(p => p.Text)).Should().Contain("42-е заседание Рабочей группы по");
    }

    [Fact]
    public void Parallel_rendering_gives_the_same_bytes_as_rendering_one_at_a_time()
    {
        using var folder = new TempFolder();
        var inputs = Directory.GetFiles(RepositoryPaths.SampleData, "*.json").Order(StringComparer.Ordinal).Take(4).ToArray();

        var together = ConsoleRun.Run(folder.Path, ["render", .. inputs, "--out", "together", "--format", "pdf", "--quiet"]);
        together.ExitCode.Should().Be(0, together.Error);
        foreach (var input in inputs)
        {
            var alone = ConsoleRun.Run(folder.Path, "render", input, "--out", "alone", "--format", "pdf", "--quiet");
            alone.ExitCode.Should().Be(0, alone.Error);
            var name = Path.GetFileNameWithoutExtension(input) + ".pdf";
            File.ReadAllBytes(Path.Combine(folder.Path, "together", name)).Should()
                .Equal(File.ReadAllBytes(Path.Combine(folder.Path, "alone", name)), $"{name} must not depend on what else is rendered at the same time");
        }
    }

    [Fact]
    public void Templates_lists_every_template_with_its_model_type()
    {
        using var folder = new TempFolder();

        var run = ConsoleRun.Run(folder.Path, "templates");

        run.ExitCode.Should().Be(0, run.Error);
        foreach (var (name, kind) in new[]
        {
            ("summit-declaration", "declaration"), ("statement", "statement"), ("session-communique", "event"),
            ("event-summary", "informationMessage"), ("analytical-report", "analyticalReport"), ("activity-report", "activityReport"),
        })
        {
            run.Output.Should().MatchRegex($@"(?m)^{name}\s+{kind}\s+\S");
        }
    }

    [Fact]
    public void Render_writes_pdf_and_numbered_png_pages_from_yaml()
    {
        using var folder = new TempFolder();
        File.WriteAllText(folder.File("session.yaml"), SessionYaml);

        var run = ConsoleRun.Run(folder.Path, "render", "session.yaml", "--format", "pdf,png", "--dpi", "30", "--out", "out", "--quiet");

        run.ExitCode.Should().Be(0, run.Error);
        run.Error.Should().BeEmpty("--quiet prints no progress");
        File.Exists(folder.File("out/session.pdf")).Should().BeTrue();
        File.ReadAllBytes(folder.File("out/session.p001.png")).Take(4).Should().Equal(0x89, 0x50, 0x4E, 0x47);
        Directory.GetFiles(folder.File("out")).Should().NotContain(f => f.EndsWith(".tmp", StringComparison.Ordinal));
    }

    [Fact]
    public void Render_of_markdown_uses_the_analytical_report_look()
    {
        using var folder = new TempFolder();
        File.WriteAllText(folder.File("note.md"), """
            ---
            title: "Записка о заседании Рабочей группы по Афганистану"
            date: 2025-12-04
            author: Секретариат ОДКБ
            ---

            # Итоги

            3 декабря 2025 года состоялось 42-е заседание Рабочей группы по Афганистану при СМИД ОДКБ.

            ![Схема](pictures/scheme.png){width=60mm}
            """);
        Directory.CreateDirectory(folder.File("pictures"));
        using (var bitmap = new SkiaSharp.SKBitmap(30, 20))
        using (var png = bitmap.Encode(SkiaSharp.SKEncodedImageFormat.Png, 100))
        {
            File.WriteAllBytes(folder.File("pictures/scheme.png"), png.ToArray());
        }

        var run = ConsoleRun.Run(folder.Path, "render", "note.md", "--format", "pdf,docx", "--quiet");

        run.ExitCode.Should().Be(0, run.Error);
        using var pdf = PdfDocument.Open(folder.File("out/note.pdf"));
        pdf.Information.Title.Should().Be("Записка о заседании Рабочей группы по Афганистану", "metadata keeps plain spaces");
        pdf.GetPages().Sum(p => p.GetImages().Count()).Should().Be(1, "the picture beside the Markdown file is found");
        File.Exists(folder.File("out/note.docx")).Should().BeTrue();
    }

    [Fact]
    public void Invalid_input_exits_1_names_the_line_and_keeps_the_existing_output()
    {
        using var folder = new TempFolder();
        File.WriteAllText(folder.File("session.yaml"), SessionYaml.Replace("date: 2025-12-03", "date: 3 декабря 2025", StringComparison.Ordinal));
        Directory.CreateDirectory(folder.File("out"));
        File.WriteAllText(folder.File("out/session.pdf"), "the previous rendering");

        var run = ConsoleRun.Run(folder.Path, "render", "session.yaml", "--quiet");

        run.ExitCode.Should().Be(1);
        run.Error.Should().Contain("session.yaml:6:9:").And.Contain("date");
        File.ReadAllText(folder.File("out/session.pdf")).Should().Be("the previous rendering");
        Directory.GetFiles(folder.File("out")).Should().ContainSingle("no partial or temporary file is left");
    }

    [Fact]
    public void A_data_file_naming_an_unknown_template_is_invalid_input()
    {
        using var folder = new TempFolder();
        File.WriteAllText(folder.File("session.yaml"), SessionYaml.Replace("template: session-communique", "template: session-summary", StringComparison.Ordinal));

        var run = ConsoleRun.Run(folder.Path, "render", "session.yaml", "--quiet");

        run.ExitCode.Should().Be(1);
        run.Error.Should().Contain("session.yaml:1:11: template: There is no template 'session-summary'").And.Contain("session-communique");
        run.Error.Should().NotContain("   at ", "no stack trace");
    }

    [Fact]
    public void Validate_lays_the_document_out_and_names_a_character_no_font_has()
    {
        using var folder = new TempFolder();
        File.WriteAllText(folder.File("note.md"), "---\ntitle: Записка\n---\n\nИтоги заседания \U0001F600 приняты.\n");

        var run = ConsoleRun.Run(folder.Path, "validate", "note.md");

        run.ExitCode.Should().Be(1);
        run.Error.Should().Contain("note.md:5:17: U+1F600 '\U0001F600': no font of the theme or its fallback chain has a glyph for it");
        Directory.GetFileSystemEntries(folder.Path).Should().ContainSingle("validate writes nothing");
    }

    [Fact]
    public void Render_with_options_shows_progress_writes_pdfa_and_removes_stale_pages()
    {
        using var folder = new TempFolder();
        File.WriteAllText(folder.File("session.yaml"), SessionYaml);
        Directory.CreateDirectory(folder.File("out"));
        File.WriteAllText(folder.File("out/session.p007.png"), "a page of an earlier, longer rendering");

        var run = ConsoleRun.Run(folder.Path, "render", "session.yaml", "--format", "pdf,png", "--dpi", "24", "--pdfa", "--theme", "modern");

        run.ExitCode.Should().Be(0, run.Error);
        run.Error.Should().MatchRegex(@"\[1/1\] session\.yaml → .*session\.pdf.*session\.p001\.png", "progress names each finished input");
        System.Text.Encoding.Latin1.GetString(File.ReadAllBytes(folder.File("out/session.pdf"))).Should().Contain("pdfaid:part", "--pdfa declares PDF/A");
        using var pdf = PdfDocument.Open(folder.File("out/session.pdf"));
        pdf.GetPage(1).Letters.Select(l => l.FontName).Should().Contain(f => f.Contains("PTSerif", StringComparison.Ordinal), "--theme modern sets PT Serif");
        File.Exists(folder.File("out/session.p007.png")).Should().BeFalse("pages beyond the new page count are stale");
    }

    [Fact]
    public void A_templates_folder_overrides_a_bundled_template()
    {
        using var folder = new TempFolder();
        File.WriteAllText(folder.File("session.yaml"), SessionYaml);
        Directory.CreateDirectory(folder.File("mine"));
        var bundled = File.ReadAllText(Path.Combine(RepositoryPaths.Templates, "session-communique.liquid"));
        File.WriteAllText(folder.File("mine/session-communique.liquid"),
            bundled.Replace("Информационное сообщение {.title}", "Сообщение нашего отдела {.title}", StringComparison.Ordinal));

        var run = ConsoleRun.Run(folder.Path, "render", "session.yaml", "--templates", "mine", "--format", "pdf", "--quiet");

        run.ExitCode.Should().Be(0, run.Error);
        using var pdf = PdfDocument.Open(folder.File("out/session.pdf"));
        pdf.GetPage(1).Text.Should().StartWith("Сообщение нашего отдела");
    }

    [Fact]
    public void Validate_lists_every_problem_and_writes_nothing()
    {
        using var folder = new TempFolder();
        var yaml = SessionYaml
            .Replace("bodyId: secretariat", "bodyId: no-such-body", StringComparison.Ordinal)
            .Replace("partnerId: icrc", "partnerId: no-such-partner", StringComparison.Ordinal);
        File.WriteAllText(folder.File("session.yaml"), yaml);

        var run = ConsoleRun.Run(folder.Path, "validate", "session.yaml");

        run.ExitCode.Should().Be(1);
        run.Error.Should().Contain("session.yaml:12:15: $.record.participants[0].bodyId:").And.Contain("no-such-body");
        run.Error.Should().Contain("session.yaml:15:18: $.record.participants[2].partnerId:").And.Contain("no-such-partner");
        Directory.GetFileSystemEntries(folder.Path).Should().ContainSingle("validate writes nothing");

        File.WriteAllText(folder.File("session.yaml"), SessionYaml);
        var valid = ConsoleRun.Run(folder.Path, "validate", "session.yaml");
        valid.ExitCode.Should().Be(0, valid.Error);
        valid.Output.Should().Contain("session.yaml: valid");
    }

    [Theory]
    [InlineData("render", "missing.json")]
    [InlineData("render", "{SAMPLE}", "--format", "pdf,odt")]
    [InlineData("render", "{SAMPLE}", "--theme", "baroque")]
    [InlineData("render", "{SAMPLE}", "--dpi", "5")]
    [InlineData("render", "{SAMPLE}", "--dpi", "5000")]
    [InlineData("render", "{SAMPLE}", "--template", "no-such-template")]
    [InlineData("frobnicate")]
    [InlineData("render")]
    public void Wrong_usage_exits_2(params string[] arguments)
    {
        using var folder = new TempFolder();
        var sample = Path.Combine(RepositoryPaths.SampleData, "wg-afghanistan-42.json");

        var run = ConsoleRun.Run(folder.Path, arguments.Select(a => a.Replace("{SAMPLE}", sample, StringComparison.Ordinal)).ToArray());

        run.ExitCode.Should().Be(2, run.Output + run.Error);
        run.Error.Should().NotBeEmpty();
        Directory.Exists(folder.File("out")).Should().BeFalse();
    }
}
