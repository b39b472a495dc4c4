using System.Diagnostics;
using Csto.Reporting.Diagnostics;
using Csto.Reporting.Fonts;
using Csto.Reporting.Generation;
using Csto.Reporting.Pdf;
using Csto.Reporting.Rendering;
using Csto.Reporting.Themes;
using Csto.Reports.Console.Inputs;
using Csto.Reports.Console.Output;

namespace Csto.Reports.Console.Commands;

/// <summary>Renders inputs in parallel, writing each output atomically, and prints every problem found.</summary>
internal static class RenderRunner
{
    /// <summary>Renders every input; returns the exit code.</summary>
    public static async Task<int> RunAsync(IReadOnlyList<ReportInput> inputs, RenderSettings settings, CancellationToken cancellationToken)
    {
        var fonts = await LoadFontsAsync(settings.Fonts, cancellationToken);
        if (fonts is null)
        {
            return ExitCodes.InvalidInput;
        }
        using var services = ConsoleServices.Create(settings.TemplateFolder);
        var generator = services.Generator;
        var loader = new DocumentLoader(generator);
        var writer = new ReportWriter(generator, services.Png);
        var progress = new Progress(inputs.Count, settings.Quiet);
        var failures = 0;

        await Parallel.ForEachAsync(inputs, new ParallelOptions
        {
            MaxDegreeOfParallelism = Math.Max(1, Environment.ProcessorCount),
            CancellationToken = cancellationToken,
        }, async (input, ct) =>
        {
            var clock = Stopwatch.StartNew();
            try
            {
                var document = await loader.LoadAsync(input, settings.Template, ct);
                var options = new RenderOptions
                {
                    Theme = fonts.ApplyTo(settings.Theme ?? ThemeOf(document.ThemeName)),
                    PdfA = settings.PdfA,
                    PngDpi = settings.Dpi,
                };
                var files = await writer.WriteAsync(document, input.Name, settings.OutputFolder, settings.Formats, options, ct);
                progress.Finished(input.SourceName, files, clock.Elapsed);
            }
            catch (ReportInputException e)
            {
                Interlocked.Increment(ref failures);
                progress.Failed(input.SourceName);
                Problems.Print(Problems.Of(input, e));
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // A fault of the program, not of the input: say so, and go on with the other inputs.
                Interlocked.Increment(ref failures);
                progress.Failed(input.SourceName);
                Problems.Print([new InputProblem(input.SourceName, $"internal error ({e.GetType().Name}): {e.Message}")]);
            }
        });
        return failures == 0 ? ExitCodes.Success : ExitCodes.InvalidInput;
    }

    /// <summary>Checks inputs without writing any file; returns the exit code.</summary>
    public static async Task<int> ValidateAsync(IReadOnlyList<ReportInput> inputs, string? template, string? templateFolder, FontSettings fontSettings, CancellationToken cancellationToken)
    {
        var fonts = await LoadFontsAsync(fontSettings, cancellationToken);
        if (fonts is null)
        {
            return ExitCodes.InvalidInput;
        }
        using var services = ConsoleServices.Create(templateFolder);
        var loader = new DocumentLoader(services.Generator);
        var failures = 0;
        foreach (var input in inputs)
        {
            try
            {
                var document = await loader.LoadAsync(input, template, cancellationToken);
                // Lay the document out too (without drawing): a character no bundled font has is an input problem as well.
                services.Layout.CountPages(document, new RenderOptions { Theme = fonts.ApplyTo(ThemeOf(document.ThemeName)) }, cancellationToken);
                System.Console.WriteLine($"{input.SourceName}: valid");
            }
            catch (ReportInputException e)
            {
                failures++;
                Problems.Print(Problems.Of(input, e));
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                failures++;
                Problems.Print([new InputProblem(input.SourceName, $"internal error ({e.GetType().Name}): {e.Message}")]);
            }
        }
        return failures == 0 ? ExitCodes.Success : ExitCodes.InvalidInput;
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

    private static Theme ThemeOf(string? name) =>
        BuiltInThemes.TryGet(name, out var theme) ? theme : BuiltInThemes.Gost;
}

/// <summary>Prints input problems, one per line, as <c>file:line:column: path: message</c>.</summary>
internal static class Problems
{
    private static readonly Lock Gate = new();

    /// <summary>
    /// The problems of one input, each naming a file: a problem found after the input was read (a character no font
    /// has, found by the layout) names the document, not the file, and gets the input's name in front.
    /// </summary>
    public static IEnumerable<InputProblem> Of(ReportInput input, ReportInputException exception) =>
        exception.Problems.Select(p => p.Line is null && p.Source != input.SourceName
            ? new InputProblem(input.SourceName, $"{p.Source}: {p.Message}") { Path = p.Path }
            : p);

    /// <summary>Prints the problems to standard error.</summary>
    public static void Print(IEnumerable<InputProblem> problems)
    {
        lock (Gate)
        {
            foreach (var problem in problems)
            {
                System.Console.Error.WriteLine(problem.ToString());
            }
        }
    }
}
