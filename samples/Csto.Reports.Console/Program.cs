using Csto.Reports.Console.Commands;
using Csto.Reports.Console.Output;

var root = CommandLine.Build();
var parsed = root.Parse(args);
if (parsed.Errors.Count > 0)
{
    foreach (var error in parsed.Errors)
    {
        Console.Error.WriteLine(error.Message);
    }
    Console.Error.WriteLine("Run 'csto-reports --help' for usage.");
    return ExitCodes.Usage;
}
return await parsed.InvokeAsync();
