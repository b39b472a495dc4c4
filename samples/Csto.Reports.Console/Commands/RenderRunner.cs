using System.Diagnostics;
using Csto.Reporting.Diagnostics;
using Csto.Reporting.Fonts;
using Csto.Reporting.Generation;
using Csto.Reporting.Inputs;
using Csto.Reporting.Pdf;
using Csto.Reporting.Rendering;
using Csto.Reporting.Themes;
using Csto.Reports.Console.Inputs;
using Csto.Reports.Console.Output;

namespace Csto.Reports.Console.Commands;

/// <summary>Renders inputs in parallel, committing each input's files together, and prints every problem found.</summary>
internal static class RenderRunner
{
    /// <summary>The input as a file to embed in the PDF: its name, media type by extension, and its text as UTF-8.</summary>
    private static EmbeddedSource SourceOf(ReportInput input, CancellationToken cancellationToken)
    {
        var name = Path.GetFileName(input.SourceName);
        var mediaType = Path.GetExtension(name).ToLowerInvariant() switch
        {
            ".json" => "application/json",
            ".yaml" or ".yml" => "application/yaml",
            ".md" or ".markdown" => "text/markdown",
            _ => "text/plain",
        };
        var text = InputText.Decode(input.ReadBytes(cancellationToken), input.SourceName);
        return new EmbeddedSource(name, mediaType, System.Text.Encoding.UTF8.GetBytes(text));
    }

    /// <summary>Renders every input; returns the exit code.</summary>
    public static async Task<int> RunAsync(IReadOnlyList<ReportInput> inputs, RenderSettings settings, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        var fonts = await LoadFontsAsync(settings.Fonts, cancellationToken);
        if (fonts is null)
        {
            return ExitCodes.InvalidInput;
        }
        var services = ConsoleServices.Create(settings.TemplateFolder);
        var generator = services.Generator;
        var loader = new DocumentLoader(generator);
        var writer = new ReportWriter(generator);
        var progress = new Progress(inputs.Count, settings.Quiet);
        var outcome = new Outcome();
        var log = new ProblemLog();
        try
        {
            await RenderEachAsync(inputs, settings, fonts, loader, writer, progress, outcome, log, cancellationToken);
        }
        finally
        {
            log.Print();
        }
        progress.Summary(inputs.Count, outcome.Files, outcome.Failures, clock.Elapsed);
        return outcome.ExitCode;
    }

    /// <summary>Renders the inputs in parallel, each input's files committed together; problems go to <paramref name="log"/>.</summary>
    /// <remarks>One input is rendered without the parallel loop, whose set-up a fresh process pays for (issue 13: with
    /// the generator built without a service provider and the typography in ReadyToRun code, the bench report to PDF
    /// went from 0.750 to 0.703 s wall).</remarks>
    private static Task RenderEachAsync(IReadOnlyList<ReportInput> inputs, RenderSettings settings, ThemeFonts fonts, DocumentLoader loader,
        ReportWriter writer, Progress progress, Outcome outcome, ProblemLog log, CancellationToken cancellationToken)
    {
        async ValueTask RenderOneAsync(ReportInput input, CancellationToken ct)
        {
            var started = Stopwatch.StartNew();
            try
            {
                var document = loader.Load(input, settings.Template, d => OptionsOf(d, settings.Theme, fonts, settings), ct);
                var options = OptionsOf(document, settings.Theme, fonts, settings) with
                {
                    EmbeddedSource = settings.EmbedSource ? SourceOf(input, ct) : null,
                };
                var files = await writer.WriteAsync(document, input.Name, settings.OutputFolder, settings.Formats, options, ct);
                outcome.Wrote(files.Count);
                progress.Finished(input.SourceName, files, started.Elapsed);
            }
            catch (ReportInputException e)
            {
                outcome.Failed(ExitCodes.InvalidInput);
                progress.Failed(input.SourceName);
                log.Add(Problems.Of(input, e));
            }
            catch (OutputException e)
            {
                outcome.Failed(ExitCodes.InvalidInput);
                outcome.Wrote(e.Written.Count);
                progress.Failed(input.SourceName);
                log.Add([new InputProblem(input.SourceName, e.Message), new InputProblem(input.SourceName, ReportWriter.Outcome(e, input.Name, settings.OutputFolder, settings.Formats))]);
            }
            catch (Exception e) when (e is not OperationCanceledException || !ct.IsCancellationRequested)
            {
                outcome.Failed(ExitCodes.InternalError);
                progress.Failed(input.SourceName);
                log.Add([Problems.Internal(input.SourceName, e)]);
            }
        }

        if (inputs.Count == 1)
        {
            return RenderOneAsync(inputs[0], cancellationToken).AsTask();
        }
        return Parallel.ForEachAsync(inputs, new ParallelOptions
        {
            MaxDegreeOfParallelism = Math.Max(1, Environment.ProcessorCount),
            CancellationToken = cancellationToken,
        }, RenderOneAsync);
    }

    /// <summary>Checks inputs without writing any file; returns the exit code.</summary>
    /// <remarks>
    /// It runs the checks <see cref="RunAsync"/> runs before writing (reading, the catalog, the template, characters
    /// the fonts cannot set, the layout) with the same theme and fonts, so it refuses exactly what render refuses.
    /// </remarks>
    public static async Task<int> ValidateAsync(IReadOnlyList<ReportInput> inputs, string? template, string? templateFolder, Theme? theme, FontSettings fontSettings, CancellationToken cancellationToken)
    {
        var fonts = await LoadFontsAsync(fontSettings, cancellationToken);
        if (fonts is null)
        {
            return ExitCodes.InvalidInput;
        }
        var services = ConsoleServices.Create(templateFolder);
        var loader = new DocumentLoader(services.Generator);
        var outcome = new Outcome();
        var log = new ProblemLog();
        try
        {
            ValidateEach(inputs, template, theme, fonts, services, loader, outcome, log, cancellationToken);
        }
        finally
        {
            log.Print();
        }
        return outcome.ExitCode;
    }

    private static void ValidateEach(IReadOnlyList<ReportInput> inputs, string? template, Theme? theme, ThemeFonts fonts,
        ConsoleServices services, DocumentLoader loader, Outcome outcome, ProblemLog log, CancellationToken cancellationToken)
    {
        foreach (var input in inputs)
        {
            try
            {
                var document = loader.Load(input, template, d => OptionsOf(d, theme, fonts, null), cancellationToken);
                // The renderers' check (as a tagged PDF, the default), then the layout (without drawing), as rendering would.
                var options = OptionsOf(document, theme, fonts, null);
                RenderCheck.ThrowIfAny(document, options, ReportFormat.Pdf);
                services.Layout.CountPages(document, options, cancellationToken);
                System.Console.WriteLine($"{input.SourceName}: valid");
            }
            catch (ReportInputException e)
            {
                outcome.Failed(ExitCodes.InvalidInput);
                log.Add(Problems.Of(input, e));
            }
            catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
            {
                outcome.Failed(ExitCodes.InternalError);
                log.Add([Problems.Internal(input.SourceName, e)]);
            }
        }
    }

    // What the font options do to a theme; null (after printing every problem) when a font file is bad.
    private static async Task<ThemeFonts?> LoadFontsAsync(FontSettings settings, CancellationToken cancellationToken)
    {
        try
        {
            return await settings.LoadAsync(cancellationToken);
        }
        catch (ReportInputException e)
        {
            Problems.Print(e.Problems);
            return null;
        }
    }

    /// <summary>The options a document renders with: the theme given (else its template's), the font options applied.</summary>
    private static RenderOptions OptionsOf(Reporting.Documents.ReportDocument document, Theme? theme, ThemeFonts fonts, RenderSettings? settings) => new()
    {
        Theme = fonts.ApplyTo(theme ?? ThemeOf(document.ThemeName)),
        PdfA = settings?.PdfA ?? false,
        Tagged = settings?.Tagged ?? true,
        PngDpi = settings?.Dpi ?? 96,
    };

    private static Theme ThemeOf(string? name) =>
        BuiltInThemes.TryGet(name, out var theme) ? theme : BuiltInThemes.Gost;

    /// <summary>What a batch came to: files written, failures, and the exit code (an internal error outranks an input error).</summary>
    private sealed class Outcome
    {
        private int files;
        private int failures;
        private int exitCode;

        public int Files => files;

        public int Failures => failures;

        public int ExitCode => exitCode;

        public void Wrote(int count) => Interlocked.Add(ref files, count);

        public void Failed(int code)
        {
            Interlocked.Increment(ref failures);
            int seen;
            do
            {
                seen = exitCode;
            }
            while (code > seen && Interlocked.CompareExchange(ref exitCode, code, seen) != seen);
        }
    }
}

/// <summary>Prints input problems, one per line, as <c>file:line:column: path: message</c>.</summary>
internal static class Problems
{
    /// <summary>Where faults of the program are reported.</summary>
    public const string ReportTo = "please report it with the input to the Csto.Domain maintainers";

    private static readonly Lock Gate = new();

    /// <summary>
    /// The problems of one input, each naming a file: a problem found after the input was read (a character no font
    /// has, found by the layout) names the document, not the file, and gets the input's name in front.
    /// </summary>
    public static IEnumerable<InputProblem> Of(ReportInput input, ReportInputException exception) =>
        exception.Problems.Select(p => p.Line is null && p.Source != input.SourceName
            ? new InputProblem(input.SourceName, $"{p.Source}: {p.Message}") { Path = p.Path }
            : p);

    /// <summary>Prints the problems to standard error, sorted by file, line and column, each once.</summary>
    public static void Print(IEnumerable<InputProblem> problems)
    {
        lock (Gate)
        {
            foreach (var problem in InputProblem.ByPosition(problems.OrderBy(p => p.Source, StringComparer.Ordinal)).Distinct())
            {
                System.Console.Error.WriteLine(problem.ToString());
            }
        }
    }

    /// <summary>A fault of the program as one line (never a stack trace) asking to report it.</summary>
    public static InputProblem Internal(string source, Exception exception) =>
        new(source, $"internal error ({exception.GetType().Name}: {OneLine(exception.Message)}); {ReportTo}");

    private static string OneLine(string text) => string.Join(' ', text.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));

}

/// <summary>
/// The problems of a batch, printed together when it ends (also when it is cancelled), sorted by file, line and
/// column: the output does not depend on which input finished first.
/// </summary>
internal sealed class ProblemLog
{
    private readonly Lock gate = new();
    private readonly List<InputProblem> problems = [];

    /// <summary>Adds the problems of one input.</summary>
    public void Add(IEnumerable<InputProblem> found)
    {
        lock (gate)
        {
            problems.AddRange(found);
        }
    }

    /// <summary>Prints every problem added (<see cref="Problems.Print"/>).</summary>
    public void Print()
    {
        lock (gate)
        {
            Problems.Print(problems);
        }
    }
}
