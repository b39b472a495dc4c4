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
