using Csto.Domain;

namespace Csto.Reporting.Diagnostics;

/// <summary>
/// Thrown when an input cannot be turned into a document; carries every problem found, not just the first, each at
/// <c>file:line:column: path</c> as far as it is known (<see cref="InputProblem"/>). Nothing has been written when
/// it is thrown. Its kinds <see cref="UnknownTemplateException"/> and <see cref="MissingGlyphException"/> say more
/// about the two problems a caller may want to handle apart.
/// </summary>
/// <example>
/// <code>
/// try { generator.BuildDocument(file, sourceName: "wg-afghanistan-42.json"); }
/// catch (ReportInputException e)
/// {
///     foreach (var problem in e.Problems) Console.Error.WriteLine(problem);
///     // wg-afghanistan-42.json:7:22: record.participants[1].stateId: Unknown state id "XX"; …
/// }
/// </code>
/// </example>
public class ReportInputException : CstoException
{
    /// <summary>Creates the exception from the problems found (at least one).</summary>
    /// <param name="problems">Every problem found, in any order: the exception keeps them sorted by position (<see cref="InputProblem.ByPosition"/>).</param>
    /// <param name="innerException">The underlying exception, or null.</param>
    /// <exception cref="ArgumentException"><paramref name="problems"/> is empty.</exception>
    public ReportInputException(IReadOnlyList<InputProblem> problems, Exception? innerException = null)
        : base(Describe(problems = InputProblem.ByPosition(problems ?? throw new ArgumentNullException(nameof(problems)))), innerException)
    {
        Problems = problems;
    }

    /// <summary>Creates the exception from one problem.</summary>
    /// <param name="problem">The problem.</param>
    /// <param name="innerException">The underlying exception, or null.</param>
    public ReportInputException(InputProblem problem, Exception? innerException = null)
        : this([problem], innerException)
    {
    }

    /// <summary>Every problem found, sorted by source, line and column (<see cref="InputProblem.ByPosition"/>); the message lists them in this order.</summary>
    public IReadOnlyList<InputProblem> Problems { get; }

    /// <summary>
    /// The document as far as the input could be read in spite of the problems, when the stages after the one that
    /// found them could still run; the checks that need a document and a theme (<see cref="Rendering.RenderCheck"/>:
    /// characters no font can draw) then report their problems with these. Null when the input could not be read so far.
    /// </summary>
    internal Documents.ReportDocument? Document { get; init; }

    private static string Describe(IReadOnlyList<InputProblem> problems)
    {
        if (problems.Count == 0)
        {
            throw new ArgumentException("An input exception needs at least one problem.", nameof(problems));
        }
        return problems.Count == 1
            ? problems[0].ToString()
            : $"{problems.Count} problems:{Environment.NewLine}{string.Join(Environment.NewLine, problems)}";
    }
}
