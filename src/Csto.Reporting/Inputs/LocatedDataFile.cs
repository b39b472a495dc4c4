using Csto.Domain;
using Csto.Reporting.Diagnostics;

namespace Csto.Reporting.Inputs;

/// <summary>
/// A data file read together with the positions of its properties, so that problems found later (the catalog
/// checks of the record, an unknown template) point at the line and column of the file they concern.
/// </summary>
public sealed class LocatedDataFile
{
    private readonly Func<PropertyPositions> positions;
    private readonly string text;

    internal LocatedDataFile(CstoDataFile file, string sourceName, string text, Func<PropertyPositions> positions)
    {
        File = file;
        SourceName = sourceName;
        this.text = text;
        this.positions = positions;
    }

    /// <summary>The data file.</summary>
    public CstoDataFile File { get; }

    /// <summary>The name its problems are reported under.</summary>
    public string SourceName { get; }

    /// <summary>
    /// The line and column of a property path such as <c>record.participants[1].stateId</c> (or of its nearest
    /// ancestor that is in the file); null when nothing matches.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="propertyPath"/> is null.</exception>
    public (int Line, int Column)? PositionOf(string propertyPath)
    {
        ArgumentNullException.ThrowIfNull(propertyPath);
        return positions().Of(propertyPath.StartsWith('$') ? propertyPath : "$." + propertyPath);
    }

    /// <summary>
    /// Every occurrence of characters the renderers cannot set, at its line and column in this file and with the
    /// property path of the value it stands in; a character that does not occur in the file (a template or an escape
    /// put it there) is reported once without a position.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="characters"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="characters"/> lists the same character twice.</exception>
    public IReadOnlyList<InputProblem> LocateCharacters(IReadOnlyList<UnsupportedCharacter> characters)
    {
        ArgumentNullException.ThrowIfNull(characters);
        return CharacterPositions.Locate(text, SourceName, characters, (line, column) => positions().PathAt(line, column));
    }

    /// <summary>This file as the source of a document built from it.</summary>
    internal DocumentSource Source => new(SourceName, () => text, (line, column) => positions().PathAt(line, column), AuthorsText: true);

    /// <summary>Adds line and column to the problems of this file that have a property path but no position.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="exception"/> is null.</exception>
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
