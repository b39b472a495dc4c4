using System.Text.RegularExpressions;
using Csto.Testing;

namespace Csto.Reports.Console.Tests;

/// <summary><c>validate</c> refuses exactly what <c>render</c> refuses, in the same words (issues 15 and 16).</summary>
public sealed partial class ValidateAsRenderTests
{
    /// <summary>Hostile inputs of every kind, made from a valid sample: name and text.</summary>
    private static IEnumerable<(string Name, string Text)> HostileInputs()
    {
        var session = File.ReadAllText(ConsoleRun.Sample);
        string With(string from, string to) => session.Replace(from, to, StringComparison.Ordinal);
        yield return ("valid.json", session);
        yield return ("number-text.json", With("\"number\": 42", "\"number\": \"42\""));
        yield return ("number-fraction.json", With("\"number\": 42", "\"number\": 4.5"));
        yield return ("number-huge.json", With("\"number\": 42", "\"number\": 1e400"));
        yield return ("year-0.json", With("\"2025-12-03\"", "\"0000-01-01\""));
        yield return ("month-13.json", With("\"2025-12-03\"", "\"2025-13-03\""));
        yield return ("unknown-body.json", With("\"wg-afghanistan\"\n", "\"wg-afganistan\"\n"));
        yield return ("unknown-partner.json", With("\"partnerId\": \"unoct\"", "\"partnerId\": \"unoc\""));
        yield return ("escape.json", With("\"id\": \"wg-afghanistan-42\"", "\"id\": \"wg-afghanistan-42\", \"venueId\": \"a\\u0001\""));
        yield return ("duplicate-key.json", With("\"number\": 42", "\"number\": 42, \"number\": 43"));
        yield return ("truncated.json", session[..(session.Length / 2)]);
        yield return ("bad.yaml", "template: session-communique\nrecord:\n  kind: event\n  type: [session\n");
        yield return ("unknown-template.json", With("\"session-communique\"", "\"session-communiqe\""));
        yield return ("han.md", "---\ntitle: Записка\ndate: 2025-12-03\n---\n\nТекст 漢.\n");
        yield return ("hebrew.md", "---\ntitle: Записка\ndate: 2025-12-03\n---\n\nשלום\n");
        yield return ("front-matter-year-0.md", "---\ntitle: Записка\ndate: 0000-01-01\n---\n\nТекст.\n");
        yield return ("no-front-matter.md", "# Заголовок\n\nТекст.\n");
        yield return ("unclosed.md", "---\ntitle: Записка\ndate: 2025-12-03\n---\n\n::: title-page\nТекст.\n");
        yield return ("footnote.md", "---\ntitle: Записка\ndate: 2025-12-03\n---\n\nТекст[^missing].\n");
        yield return ("anchor.md", "---\ntitle: Записка\ndate: 2025-12-03\n---\n\n[ссылка](#nowhere) и [другая](javascript:alert(1)).\n");
        yield return ("picture.md", "---\ntitle: Записка\ndate: 2025-12-03\n---\n\n![рисунок](broken.png)\n");
        yield return ("control.md", "---\ntitle: Записка\ndate: 2025-12-03\n---\n\nТекст\u000B.\n");
        yield return ("tall-picture.md", TallPicture);
    }

    /// <summary>A table row holding a picture that fits no page under the table's long header row (the table at line 8).</summary>
    private static readonly string TallPicture = "---\ntitle: Записка\ndate: 2025-12-03\n---\n\nТекст.\n\n| Схема | "
        + string.Join(" ", Enumerable.Repeat("Заголовок столбца с длинным описанием схемы", 12)) + " |\n|---|---|\n| ![Схема района](tall.svg) | Описание схемы |\n";

    private const string TallSvg = "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"20mm\" height=\"400mm\" viewBox=\"0 0 20 400\"><rect width=\"20\" height=\"400\" fill=\"#4682b4\"/></svg>";

    [Fact]
    public void A_table_row_that_fits_no_page_is_refused_by_validate_and_by_a_docx_render_at_the_tables_line()
    {
        using var folder = new TempFolder();
        File.WriteAllText(folder.File("tall-picture.md"), TallPicture);
        File.WriteAllText(folder.File("tall.svg"), TallSvg);

        var validate = ConsoleRun.Run(folder.Path, ["validate", "tall-picture.md"]);
        var docx = ConsoleRun.Run(folder.Path, ["render", "tall-picture.md", "--format", "docx", "--quiet"]);

        validate.ExitCode.Should().Be(1, validate.Output + validate.Error);
        validate.Error.Should().Contain("tall-picture.md:8:1: Page 2 would be cut off");
        docx.ExitCode.Should().Be(1, docx.Error);
        Problems(docx.Error).Should().Equal(Problems(validate.Error), "the DOCX refuses the row as validate does");
        (Directory.Exists(folder.File("out")) ? Directory.GetFiles(folder.File("out")) : []).Should().BeEmpty("nothing is written");
    }

    [Fact]
    public void Validate_reports_exactly_the_problems_render_refuses_for_every_hostile_input()
    {
        using var folder = new TempFolder();
        Directory.CreateDirectory(folder.File("in"));
        foreach (var (name, text) in HostileInputs())
        {
            File.WriteAllText(folder.File(Path.Combine("in", name)), text);
        }
        File.WriteAllText(folder.File(Path.Combine("in", "tall.svg")), TallSvg);
        File.WriteAllBytes(folder.File(Path.Combine("in", "broken.png")), [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 1, 2, 3]);
        var inputs = HostileInputs().Select(i => Path.Combine("in", i.Name)).ToArray();

        var validate = ConsoleRun.Run(folder.Path, ["validate", .. inputs]);
        var render = ConsoleRun.Run(folder.Path, ["render", .. inputs, "--format", "pdf,docx", "--quiet"]);

        validate.ExitCode.Should().Be(1, validate.Error);
        render.ExitCode.Should().Be(validate.ExitCode, render.Error);
        var refusedByValidate = Problems(validate.Error);
        refusedByValidate.Select(p => p.Split(':')[0]).Distinct().Should().HaveCount(inputs.Length - 1, "every input but the valid one is refused:\n" + validate.Error);
        Problems(render.Error).Should().Equal(refusedByValidate, "render refuses the same inputs with the same problems");
        validate.Output.Should().Contain(Path.Combine("in", "valid.json") + ": valid");
        Directory.GetFiles(folder.File("out")).Select(Path.GetFileName).Should().BeEquivalentTo(["valid.pdf", "valid.docx"]);
    }

    // The problem lines of one run, sorted: render prints inputs in the order they finish.
    private static List<string> Problems(string error) =>
        error.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Where(l => !Summary().IsMatch(l))
            .Order(StringComparer.Ordinal)
            .ToList();

    [GeneratedRegex(@"^\d+ inputs?, ")]
    private static partial Regex Summary();
}
