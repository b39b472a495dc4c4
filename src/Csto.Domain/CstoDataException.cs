using System.Globalization;
using System.Text;

namespace Csto.Domain;

/// <summary>
/// Thrown when a data file cannot be read: names the source, the 1-based line, the byte position in that line,
/// the JSON property path and what was expected.
/// </summary>
/// <example>
/// <code>
/// try { CstoJson.Read(json, "wg-afghanistan-42.json"); }
/// catch (CstoDataException e) { Console.WriteLine(e.Message); }
/// // wg-afghanistan-42.json:7:22: $.record.date: Expected an ISO date such as "2025-12-03", found "03.12.2025".
/// </code>
/// </example>
public sealed class CstoDataException : CstoException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="sourceName">The file or stream name.</param>
    /// <param name="detail">What is wrong and what was expected.</param>
    /// <param name="lineNumber">The 1-based line, when known.</param>
    /// <param name="bytePositionInLine">The 0-based byte offset in the line (as System.Text.Json reports it), when known.</param>
    /// <param name="path">The JSON path (<c>$.record.participants[3]</c>), when known.</param>
    /// <param name="innerException">The underlying exception.</param>
    public CstoDataException(string sourceName, string detail, long? lineNumber = null, long? bytePositionInLine = null, string? path = null, Exception? innerException = null)
        : base(Format(sourceName, detail, lineNumber, bytePositionInLine, path), innerException)
    {
        SourceName = sourceName;
        Detail = detail;
        LineNumber = lineNumber;
        BytePositionInLine = bytePositionInLine;
        Path = path;
        Problems = [new CstoDataProblem(detail, lineNumber, bytePositionInLine, path)];
    }

    /// <summary>Creates the exception for several problems of one source (all the problems found, in document order).</summary>
    /// <param name="sourceName">The file or stream name.</param>
    /// <param name="problems">The problems; at least one. The first gives <see cref="Detail"/>, <see cref="LineNumber"/>, <see cref="BytePositionInLine"/> and <see cref="Path"/>; the message has one line for each.</param>
    /// <param name="innerException">The underlying exception.</param>
    /// <exception cref="ArgumentException"><paramref name="problems"/> is empty.</exception>
    public CstoDataException(string sourceName, IReadOnlyList<CstoDataProblem> problems, Exception? innerException = null)
        : base(string.Join("\n", (problems ?? throw new ArgumentNullException(nameof(problems))).Select(p => Format(sourceName, p.Detail, p.LineNumber, p.BytePositionInLine, p.Path))), innerException)
    {
        if (problems.Count == 0)
        {
            throw new ArgumentException("A data exception needs at least one problem.", nameof(problems));
        }
        SourceName = sourceName;
        Detail = problems[0].Detail;
        LineNumber = problems[0].LineNumber;
        BytePositionInLine = problems[0].BytePositionInLine;
        Path = problems[0].Path;
        Problems = [.. problems];
    }

    /// <summary>The file or stream name.</summary>
    public string SourceName { get; }

    /// <summary>What is wrong and what was expected, without the location.</summary>
    public string Detail { get; }

    /// <summary>The 1-based line, or null.</summary>
    public long? LineNumber { get; }

    /// <summary>The 0-based byte offset in the line, or null.</summary>
    public long? BytePositionInLine { get; }

    /// <summary>The JSON path, or null.</summary>
    public string? Path { get; }

    /// <summary>Every problem found in the source, in document order; the first is the one <see cref="Detail"/> describes.</summary>
    public IReadOnlyList<CstoDataProblem> Problems { get; }

    private static string Format(string sourceName, string detail, long? line, long? position, string? path)
    {
        var text = new StringBuilder(sourceName);
        if (line is { } l)
        {
            text.Append(CultureInfo.InvariantCulture, $":{l}");
            if (position is { } p)
            {
                text.Append(CultureInfo.InvariantCulture, $":{p}");
            }
        }
        text.Append(": ");
        if (!string.IsNullOrEmpty(path))
        {
            text.Append(path).Append(": ");
        }
        return text.Append(detail).ToString();
    }
}

/// <summary>One problem of a data file: what is wrong and what was expected, and where.</summary>
/// <param name="Detail">What is wrong and what was expected, without the location.</param>
/// <param name="LineNumber">The 1-based line, or null.</param>
/// <param name="BytePositionInLine">The 0-based byte offset in the line, or null.</param>
/// <param name="Path">The JSON path (<c>$.record.event.venue</c>), or null.</param>
public sealed record CstoDataProblem(string Detail, long? LineNumber = null, long? BytePositionInLine = null, string? Path = null);
