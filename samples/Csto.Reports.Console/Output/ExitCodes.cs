namespace Csto.Reports.Console.Output;

/// <summary>The console's exit codes; scripts depend on them.</summary>
internal static class ExitCodes
{
    /// <summary>Everything was rendered or is valid.</summary>
    public const int Success = 0;

    /// <summary>An input is invalid; each problem was printed as <c>file:line:column: message</c>.</summary>
    public const int InvalidInput = 1;

    /// <summary>The command line is wrong.</summary>
    public const int Usage = 2;
}
