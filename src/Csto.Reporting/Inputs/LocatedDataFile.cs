using Csto.Domain;
using Csto.Reporting.Diagnostics;

namespace Csto.Reporting.Inputs;

/// <summary>
/// A data file read together with the positions of its properties, so that problems found later (the catalog
/// checks of the record, an unknown template) point at the line and column of the file they concern.
/// </summary>
public sealed class LocatedDataFile
{
    private readonly Func<string, (int Line, int Column)?> positionOf;

    internal LocatedDataFile(CstoDataFile file, string sourceName, Func<string, (int Line, int Column)?> positionOf)
    {
        File = file;
        SourceName = sourceName;
        this.positionOf = positionOf;
    }

    /// <summary>The data file.</summary>
    public CstoDataFile File { get; }

    /// <summary>The name its problems are reported under.</summary>
    public string SourceName { get; }

    /// <summary>
    /// The line and column of a property path such as <c>record.participants[1].stateId</c> (or of its nearest
    /// ancestor that is in the file); null when nothing matches.
    /// </summary>
    public (int Line, int Column)? PositionOf(string propertyPath)
    {
        ArgumentNullException.ThrowIfNull(propertyPath);
        return positionOf(propertyPath.StartsWith('$') ? propertyPath : "$." + propertyPath);
    }

    /// <summary>Adds line and column to the problems of this file that have a property path but no position.</summary>
    public ReportInputException Locate(ReportInputException exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        var located = exception.Problems.Select(p =>
            p.Source == SourceName && p.Line is null && p.Path is { } path && PositionOf(path) is var (line, column)
                ? p with { Line = line, Column = column }
                : p).ToList();
        return new ReportInputException(located, exception);
    }
}
