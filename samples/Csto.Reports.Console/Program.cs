using System.CommandLine;
using System.Runtime.InteropServices;
using Csto.Reports.Console.Commands;
using Csto.Reports.Console.Output;
using Csto.Reports.Console.Startup;

var parsed = CommandLine.Parse(args);
if (parsed.Errors.Count > 0)
{
    foreach (var line in CommandLine.Explain(parsed))
    {
        Console.Error.WriteLine(line);
    }
    Console.Error.WriteLine("Run 'csto-reports --help' for usage.");
    return ExitCodes.Usage;
}

// SIGINT (Ctrl+C) and SIGTERM cancel the same way: unfinished inputs stop, their staged files are removed, and
// nothing they would have replaced is touched.
using var cancellation = new CancellationTokenSource();
void Cancel(PosixSignalContext context)
{
    context.Cancel = true;
    cancellation.Cancel();
}
using var interrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, Cancel);
using var terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, Cancel);
var exitCode = ExitCodes.InternalError;
try
{
    exitCode = await parsed.InvokeAsync(new InvocationConfiguration { ProcessTerminationTimeout = null, EnableDefaultExceptionHandler = false }, cancellation.Token);
}
catch (OperationCanceledException) when (cancellation.IsCancellationRequested)
{
    Console.Error.WriteLine("Cancelled; inputs not finished wrote nothing.");
    exitCode = ExitCodes.Cancelled;
}
catch (Exception e)
{
    Console.Error.WriteLine($"csto-reports: internal error ({e.GetType().Name}: {e.Message.ReplaceLineEndings(" ")}); {Problems.ReportTo}");
}
finally
{
    // Whether the runtime writes the JIT profile as the process ends: only after a run worth learning from.
    JitProfile.Finish(exitCode == ExitCodes.Success);
}
return exitCode;
