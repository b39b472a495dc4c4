namespace Csto.Reporting.Diagnostics;

/// <summary>
/// Thrown when an input cannot be turned into a document; carries every problem found, not just the first.
/// Nothing has been written when it is thrown.
/// </summary>
public sealed class ReportInputException : Exception
{
    /// <summary>Creates the exception from the problems found (at least one).</summary>
    public ReportInputException(IReadOnlyList<InputProblem> problems, Exception? innerException = null)
        : base(Describe(problems), innerException)
    {
        Problems = problems;
    }

    /// <summary>Creates the exception from one problem.</summary>
    public ReportInputException(InputProblem problem, Exception? innerException = null)
        : this([problem], innerException)
    {
    }

    /// <summary>Every problem found.</summary>
    public IReadOnlyList<InputProblem> Problems { get; }

    private static string Describe(IReadOnlyList<InputProblem> problems)
    {
        ArgumentNullException.ThrowIfNull(problems);
        if (problems.Count == 0)
        {
            throw new ArgumentException("An input exception needs at least one problem.", nameof(problems));
        }
        return problems.Count == 1
            ? problems[0].ToString()
            : $"{problems.Count} problems:{Environment.NewLine}{string.Join(Environment.NewLine, problems)}";
    }
}
