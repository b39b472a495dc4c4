using System.CommandLine;
using Csto.Reports.Console.Commands;

namespace Csto.Reports.Console.Tests;

/// <summary>
/// Ordinary arguments are parsed under a root command without System.CommandLine's help and version options (cheaper
/// to build); they must parse exactly as under the full root, and anything that could ask for help or the version goes
/// to the full root.
/// </summary>
public sealed class CommandLineParseTests
{
    public static TheoryData<string[]> Ordinary() =>
    [
        ["templates"],
        ["templates", "--templates", "my-templates"],
        ["render", "a.md", "-f", "pdf", "-o", "out", "--quiet"],
        ["render", "a.md", "b.json", "--dpi", "150", "--format=pdf,png", "--pdfa", "--untagged", "--embed-source"],
        ["render", "a.md", "--theme", "modern", "--template", "minutes", "--font-dir", "fonts", "--body-font", "PT Serif", "-q"],
        ["samples", "-f", "png", "--dpi", "40", "-o", "s"],
        ["validate", "a.json", "folder", "--theme", "gost"],
        ["extract", "report.pdf", "-o", "sources"],
        ["check-pages", "out/report"],
        ["render", "a.md", "--colour", "red"],
        ["render", "a.md", "--dpi", "many"],
        ["render"],
        ["rendr", "a.md"],
        [],
    ];

    [Theory]
    [MemberData(nameof(Ordinary))]
    public void Ordinary_arguments_parse_as_under_the_full_root(string[] args)
    {
        var parsed = CommandLine.Parse(args);
        var full = CommandLine.FullRoot().Parse(args);

        Describe(parsed).Should().Equal(Describe(full));
    }

    [Theory]
    [MemberData(nameof(Ordinary))]
    public void Ordinary_arguments_that_parse_do_so_without_the_full_root(string[] args)
    {
        var parsed = CommandLine.Parse(args);

        parsed.RootCommandResult.Command.Should().Match<Command>(root => (root is RootCommand) == (parsed.Errors.Count > 0));
    }

    [Theory]
    [InlineData("--help")]
    [InlineData("render", "-h")]
    [InlineData("render", "a.md", "-?")]
    [InlineData("render", "a.md", "-qh")]
    [InlineData("render", "a.md", "--help=true")]
    [InlineData("render", "a.md", "--help:true")]
    [InlineData("render", "a.md", "/h:1")]
    [InlineData("render", "a.md", "/?=1")]
    [InlineData("render", "a.md", "-o", "/h:1")]
    [InlineData("render", "a.md", "--out", "--help=1")]
    [InlineData("extract", "--help=1")]
    [InlineData("--version=1")]
    [InlineData("--version")]
    [InlineData("@arguments.rsp")]
    [InlineData("[diagram]", "templates")]
    public void Arguments_that_could_ask_for_help_the_version_a_response_file_or_a_directive_parse_under_the_full_root(params string[] args)
    {
        var parsed = CommandLine.Parse(args);

        parsed.RootCommandResult.Command.Should().BeOfType<RootCommand>();
        Describe(parsed).Should().Equal(Describe(CommandLine.FullRoot().Parse(args)));
    }

    /// <summary>What a parse decided: the command, every token, every error and every option's and argument's value.</summary>
    private static List<string> Describe(ParseResult parsed)
    {
        var lines = new List<string> { "command " + parsed.CommandResult.Command.Name };
        lines.AddRange(parsed.Tokens.Select(t => $"token {t.Type} {t.Value}"));
        lines.AddRange(parsed.Errors.Select(e => "error " + e.Message));
        foreach (var option in parsed.CommandResult.Command.Options)
        {
            var result = parsed.GetResult(option);
            lines.Add($"option {option.Name} = {Value(result is null, () => result!.GetValueOrDefault<object?>())}{(result?.Implicit == true ? " (default)" : string.Empty)}");
        }
        foreach (var argument in parsed.CommandResult.Command.Arguments)
        {
            lines.Add($"argument {argument.Name} = {Value(parsed.GetResult(argument) is null, () => parsed.GetResult(argument)!.GetValueOrDefault<object?>())}");
        }
        return lines;
    }

    private static string Value(bool absent, Func<object?> value)
    {
        if (absent)
        {
            return "(absent)";
        }
        try
        {
            return value() switch
            {
                null => "null",
                string[] items => "[" + string.Join(", ", items) + "]",
                var v => v.ToString() ?? "null",
            };
        }
        catch (InvalidOperationException e)
        {
            return "invalid: " + e.Message;
        }
    }
}
