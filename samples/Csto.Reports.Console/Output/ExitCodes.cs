namespace Csto.Reports.Console.Output;

/// <summary>The console's exit codes; scripts depend on them.</summary>
internal static class ExitCodes
{
    /// <summary>Everything was rendered or is valid.</summary>
    public const int Success = 0;

    /// <summary>
    /// An input is invalid (each problem printed as <c>file:line:column: path: message</c>), or an output could not be
    /// written (the path and the cause printed).
    /// </summary>
    public const int InvalidInput = 1;

    /// <summary>The command line is wrong.</summary>
    public const int Usage = 2;

    /// <summary>A fault of the program, not of the input; one line asks to report it. Takes precedence over 1.</summary>
    public const int InternalError = 3;

    /// <summary>Cancelled by SIGINT (Ctrl+C) or SIGTERM: unfinished inputs wrote nothing (128 + SIGINT).</summary>
    public const int Cancelled = 130;
}
