using System.CommandLine;
using Csto.Reporting.Diagnostics;
using Csto.Reporting.Rendering;
using Csto.Reporting.Templates;
using Csto.Reports.Console.Inputs;
using Csto.Reports.Console.Output;
using Csto.Reports.Console.Startup;

namespace Csto.Reports.Console.Commands;

/// <summary>The command tree: samples, templates, render, validate.</summary>
internal static class CommandLine
{
    private static readonly Option<string> OutOption = new("--out", "-o") { Description = "Output folder", DefaultValueFactory = _ => "out" };
    private static readonly Option<string> FormatOption = new("--format", "-f") { Description = "Formats, comma-separated: pdf, docx, png", DefaultValueFactory = _ => "pdf,docx" };
    private static readonly Option<string?> ThemeOption = new("--theme") { Description = "Theme: gost or modern (default: the template's)" };
    private static readonly Option<string?> TemplateOption = new("--template", "-t") { Description = "Template name (default: the one the data file names)" };
    private static readonly Option<string?> TemplatesOption = new("--templates") { Description = "A folder of templates that override or add to the bundled ones" };
    private static readonly Option<bool> PdfAOption = new("--pdfa") { Description = "Write PDF/A: PDF/A-2a (tagged, the default), PDF/A-2b with --untagged, PDF/A-3b with --embed-source" };
    private static readonly Option<bool> UntaggedOption = new("--untagged") { Description = "Write PDF without a structure tree (no Tagged PDF/PDF/UA-1)" };
    private static readonly Option<bool> EmbedSourceOption = new("--embed-source") { Description = "Embed the input file in the PDF as its source (an associated file; with --pdfa, PDF/A-3b); `extract` writes it back out" };
    private static readonly Option<int> DpiOption = new("--dpi") { Description = "PNG resolution in dots per inch", DefaultValueFactory = _ => 96 };
    private static readonly Option<string?> FontDirOption = new("--font-dir") { Description = "A folder of TTF/OTF files: their families back up the theme's fonts and can be named by --body-font/--heading-font" };
    private static readonly Option<string?> BodyFontOption = new("--body-font") { Description = "Font family of running text, from --font-dir or bundled (default: the theme's)" };
    private static readonly Option<string?> HeadingFontOption = new("--heading-font") { Description = "Font family of headings and titles, from --font-dir or bundled (default: the theme's)" };
    private static readonly Option<bool> QuietOption = new("--quiet", "-q") { Description = "Print no progress" };
    private static readonly Argument<string[]> InputsArgument = new("INPUT") { Description = "Data files (.json, .yaml) or Markdown files (.md)", Arity = ArgumentArity.OneOrMore };

    private const string Description = "Csto reports: renders ОДКБ documents from data files and Markdown to PDF, DOCX and PNG.";

    /// <summary>The name of the root command when it is not System.CommandLine's <see cref="RootCommand"/>.</summary>
    private const string ToolName = "csto-reports";

    /// <summary>
    /// Parses the arguments. The root command is first made without System.CommandLine's help and version options and
    /// directives, whose construction reads the library's localized resources and the executable's path (some 10 ms of
    /// a `templates` run that takes 0.1 s). When an argument could ask for help or the version, name a response file or
    /// a directive, or when the arguments do not parse, they are parsed again under the full <see cref="RootCommand"/>,
    /// so help, version and every error read as they always did.
    /// </summary>
    public static ParseResult Parse(IReadOnlyList<string> args)
    {
        if (!MayNeedFullRoot(args) && Build(new Command(ToolName, Description)).Parse(args) is { Errors.Count: 0 } parsed)
        {
            return parsed;
        }
        return FullRoot().Parse(args);
    }

    /// <summary>The root command with System.CommandLine's help and version options and directives.</summary>
    internal static RootCommand FullRoot()
    {
        var root = new RootCommand(Description);
        Build(root);
        return root;
    }

    /// <summary>
    /// Whether an argument may be one that only the full root understands: a help or version option (alone, with a
    /// value after <c>=</c> or <c>:</c> as in <c>--help=1</c> or <c>/h:x</c>, which System.CommandLine splits off, or
    /// in a bundle of short options such as <c>-qh</c>), a response file (<c>@file</c>) or a directive (<c>[diagram]</c>).
    /// </summary>
    internal static bool MayNeedFullRoot(IReadOnlyList<string> args)
    {
        foreach (var arg in args)
        {
            var delimiter = arg.AsSpan().IndexOfAny('=', ':');
            if ((delimiter < 0 ? arg.AsSpan() : arg.AsSpan(0, delimiter)) is "-h" or "/h" or "-?" or "/?" or "--help" or "--version"
                || arg.StartsWith('@') || arg.StartsWith('[')
                || (arg.Length > 2 && arg[0] == '-' && arg[1] != '-' && (arg.Contains('h') || arg.Contains('?'))))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>Adds the commands to <paramref name="root"/> and returns it.</summary>
    private static Command Build(Command root)
    {
        root.Add(Samples());
        root.Add(Templates());
        root.Add(Render());
        root.Add(Validate());
        root.Add(Extract());
        root.Add(CheckPages());
        return root;
    }

    private static Command CheckPages()
    {
        var set = new Argument<string>("FOLDER/NAME") { Description = "A PNG page set: the output folder and the input's name (out/report for out/report.p001.png, …)" };
        var command = new Command("check-pages", "Check that a PNG page set is complete: its manifest NAME.pages.txt lists every page on disk with its SHA-256") { set };
        command.SetAction(result => Guarded(() =>
        {
            var path = result.GetValue(set)!;
            var folder = Path.GetDirectoryName(path) is { Length: > 0 } parent ? parent : ".";
            var problem = OutputSet.CheckPageSet(folder, Path.GetFileName(path));
            if (problem is not null)
            {
                System.Console.Error.WriteLine(problem);
                return Task.FromResult(ExitCodes.InvalidInput);
            }
            System.Console.WriteLine($"{path}: complete");
            return Task.FromResult(ExitCodes.Success);
        }));
        return command;
    }

    private static Command Extract()
    {
        var file = new Argument<string>("FILE") { Description = "A PDF written with --embed-source" };
        var command = new Command("extract", "Write the source files embedded in a PDF back out (all or none)") { file, OutOption };
        command.SetAction((result, ct) => Guarded(() =>
            SourceExtractor.RunAsync(result.GetValue(file)!, result.GetValue(OutOption) ?? "out", ct)));
        return command;
    }

    private static Command Samples()
    {
        var command = new Command("samples", "Render every bundled sample to PDF and DOCX (no set-up needed)")
        {
            OutOption, FormatOption, ThemeOption, FontDirOption, BodyFontOption, HeadingFontOption, PdfAOption, UntaggedOption, EmbedSourceOption, DpiOption, QuietOption,
        };
        command.SetAction((result, ct) => Guarded(() =>
        {
            var settings = Settings(result, withTemplates: false);
            JitProfile.Start(JitProfile.NameOf(command.Name, [], settings.Formats));
            return RenderRunner.RunAsync(ReportInput.BundledSamples(), settings, ct);
        }));
        return command;
    }

    private static Command Templates()
    {
        var command = new Command("templates", "List the templates: name, model type, description") { TemplatesOption };
        command.SetAction(result => Guarded(() =>
        {
            var catalog = ConsoleServices.Templates(TemplateFolder(result));
            // Templates is ordered by name already.
            foreach (var template in catalog.Templates)
            {
                System.Console.WriteLine($"{template.Name,-26} {template.ModelKind.ToName(),-20} {template.Description}");
            }
            return Task.FromResult(ExitCodes.Success);
        }));
        return command;
    }

    private static Command Render()
    {
        var command = new Command("render", "Render data or Markdown files to PDF, DOCX and PNG")
        {
            InputsArgument, TemplateOption, FormatOption, OutOption, ThemeOption, FontDirOption, BodyFontOption, HeadingFontOption, TemplatesOption, PdfAOption, UntaggedOption, EmbedSourceOption, DpiOption, QuietOption,
        };
        command.SetAction((result, ct) => Guarded(() =>
        {
            var inputs = Inputs(result, writes: true);
            var settings = Settings(result, withTemplates: true);
            JitProfile.Start(JitProfile.NameOf(command.Name, inputs, settings.Formats));
            return RenderRunner.RunAsync(inputs, settings, ct);
        }));
        return command;
    }

    private static Command Validate()
    {
        var command = new Command("validate", "Check inputs and their templates without writing anything; list every problem")
        {
            InputsArgument, TemplateOption, ThemeOption, TemplatesOption, FontDirOption, BodyFontOption, HeadingFontOption,
        };
        command.SetAction((result, ct) => Guarded(() =>
        {
            var inputs = Inputs(result, writes: false);
            var theme = RenderSettings.ParseTheme(result.GetValue(ThemeOption));
            var fonts = Fonts(result);
            JitProfile.Start(JitProfile.NameOf(command.Name, inputs, []));
            return RenderRunner.ValidateAsync(inputs, result.GetValue(TemplateOption), result.GetValue(TemplatesOption), theme, fonts, ct);
        }));
        return command;
    }

    /// <summary>
    /// The inputs the arguments name (files, and the inputs in folders), each once; when the command
    /// <paramref name="writes"/> files, no two may share a base name (their outputs would collide), which
    /// <c>validate</c>, writing nothing, allows.
    /// </summary>
    private static List<ReportInput> Inputs(ParseResult result, bool writes)
    {
        var given = result.GetValue(InputsArgument) ?? [];
        // An unknown option is parsed as an input; say what it is rather than «no such file».
        var unknown = given.Where(a => a.StartsWith('-') && !File.Exists(a) && !Directory.Exists(a)).ToList();
        if (unknown.Count > 0)
        {
            var known = result.CommandResult.Command.Options.Where(o => !o.Hidden).Select(o => o.Name).Order(StringComparer.Ordinal);
            throw new UsageException(string.Join(Environment.NewLine, unknown.Select(u =>
                $"{u}: unknown option of '{result.CommandResult.Command.Name}'.{(Suggestion(u.Split('=')[0], known) is { } closest ? $" Did you mean '{closest}'?" : string.Empty)} Its options: {string.Join(", ", known)}.")));
        }
        var paths = given.SelectMany(ReportInput.Expand).ToList();
        var problems = given.Select(ReportInput.Check).OfType<string>().ToList();
        if (problems.Count > 0)
        {
            throw new UsageException(string.Join(Environment.NewLine, problems));
        }
        var repeated = paths.GroupBy(Path.GetFullPath, StringComparer.Ordinal).Where(g => g.Count() > 1).ToList();
        if (repeated.Count > 0)
        {
            throw new UsageException(string.Join(Environment.NewLine, repeated.Select(g =>
                $"{g.First()}: the same input is given {g.Count()} times ({string.Join(", ", g)}); give each input once.")));
        }
        var duplicates = writes ? paths.GroupBy(Path.GetFileNameWithoutExtension, StringComparer.Ordinal).Where(g => g.Count() > 1).ToList() : [];
        if (duplicates.Count > 0)
        {
            throw new UsageException(string.Join(Environment.NewLine, duplicates.Select(g =>
                $"{string.Join(", ", g)}: these inputs would write the same output files ({g.Key}.*) in one folder; render them one at a time with different --out folders, or rename one.")));
        }
        return paths.Select(ReportInput.FromFile).ToList();
    }

    /// <summary>
    /// Explains the parser's errors: a first word that is no command names the closest command; other errors are
    /// printed as the parser words them.
    /// </summary>
    public static IEnumerable<string> Explain(ParseResult parsed)
    {
        var commands = parsed.RootCommandResult.Command.Subcommands.Select(c => c.Name).ToList();
        var first = parsed.Tokens.Count > 0 ? parsed.Tokens[0].Value : null;
        if (first is not null && !first.StartsWith('-') && !commands.Contains(first, StringComparer.Ordinal))
        {
            var suggestion = Suggestion(first, commands);
            yield return $"'{first}' is not a command.{(suggestion is null ? string.Empty : $" Did you mean '{suggestion}'?")} Commands: {string.Join(", ", commands)}.";
            yield break;
        }
        foreach (var error in parsed.Errors)
        {
            yield return error.Message;
        }
    }

    /// <summary>The candidate closest to <paramref name="word"/> (leading dashes aside), if at most a third of its letters differ; else null.</summary>
    private static string? Suggestion(string word, IEnumerable<string> candidates)
    {
        var list = candidates.ToList();
        var nearest = Csto.Domain.Validation.Nearest.Of(word.TrimStart('-'), list.Select(c => c.TrimStart('-')));
        return nearest.Count == 0 ? null : list.First(c => c.TrimStart('-') == nearest[0]);
    }

    private static RenderSettings Settings(ParseResult result, bool withTemplates)
    {
        var dpi = result.GetValue(DpiOption);
        if (dpi is < RenderOptions.MinPngDpi or > RenderOptions.MaxPngDpi)
        {
            throw new UsageException($"--dpi: {dpi} is out of range; expected {RenderOptions.MinPngDpi} to {RenderOptions.MaxPngDpi}.");
        }
        var templateFolder = withTemplates ? TemplateFolder(result) : null;
        var template = withTemplates ? result.GetValue(TemplateOption) : null;
        if (template is not null && ConsoleServices.Templates(templateFolder) is var catalog && !catalog.TryGet(template, out _))
        {
            throw new UsageException($"--template: there is no template '{template}'; templates: {string.Join(", ", catalog.Names.Order(StringComparer.Ordinal))}.");
        }
        var output = result.GetValue(OutOption) ?? "out";
        if (File.Exists(output))
        {
            // Before any input is rendered: each would fail on it at the end.
            throw new OutputException(output, "it is a file, not a folder (--out names the folder the files go to)", []);
        }
        return new RenderSettings(
            RenderSettings.ParseFormats(result.GetValue(FormatOption) ?? "pdf,docx"),
            output,
            RenderSettings.ParseTheme(result.GetValue(ThemeOption)),
            template,
            templateFolder,
            result.GetValue(PdfAOption),
            dpi,
            result.GetValue(QuietOption))
        {
            Fonts = Fonts(result),
            Tagged = !result.GetValue(UntaggedOption),
            EmbedSource = result.GetValue(EmbedSourceOption),
        };
    }

    /// <summary>The folder <c>--templates</c> names, if any.</summary>
    /// <exception cref="UsageException">It names no folder.</exception>
    private static string? TemplateFolder(ParseResult result)
    {
        var folder = result.GetValue(TemplatesOption);
        return folder is null || Directory.Exists(folder) ? folder : throw new UsageException($"--templates: no such folder '{folder}'.");
    }

    private static FontSettings Fonts(ParseResult result) =>
        new(result.GetValue(FontDirOption), result.GetValue(BodyFontOption), result.GetValue(HeadingFontOption));

    /// <summary>
    /// Runs a command, turning usage errors into exit code 2, input problems found before any input is read (a
    /// templates folder with an invalid template) and output problems into exit code 1.
    /// </summary>
    private static async Task<int> Guarded(Func<Task<int>> action)
    {
        try
        {
            return await action();
        }
        catch (UsageException e)
        {
            System.Console.Error.WriteLine(e.Message);
            return ExitCodes.Usage;
        }
        catch (Exception e) when (InputProblems(e) is { } problems)
        {
            Problems.Print(problems.Problems);
            return ExitCodes.InvalidInput;
        }
        catch (OutputException e)
        {
            System.Console.Error.WriteLine(e.Message);
            return ExitCodes.InvalidInput;
        }
    }

    /// <summary>The input problems behind <paramref name="exception"/>, also when dependency injection wrapped them.</summary>
    private static ReportInputException? InputProblems(Exception? exception)
    {
        for (; exception is not null; exception = exception.InnerException)
        {
            if (exception is ReportInputException problems)
            {
                return problems;
            }
        }
        return null;
    }
}
