using System.Globalization;
using Csto.Reporting.Pdf.Writing.Syntax;

namespace Csto.Reporting.Pdf.Writing.Metadata;

/// <summary>
/// What the file says about itself, written twice in agreement: the document information dictionary
/// (ISO 32000-1 §14.3.3) and the XMP metadata stream (§14.3.2), as PDF/A requires (ISO 19005-2 §6.6.2.3).
/// Dates come from the document, are written in UTC and never from the clock.
/// </summary>
/// <param name="Title">The document title.</param>
/// <param name="Author">The author, or null.</param>
/// <param name="Subject">The subject (XMP <c>dc:description</c>), or null.</param>
/// <param name="Keywords">Keywords, joined with ", " in the Info dictionary and <c>pdf:Keywords</c>.</param>
/// <param name="Creator">The application that made the content (XMP <c>xmp:CreatorTool</c>).</param>
/// <param name="Producer">The application that wrote the PDF.</param>
/// <param name="Date">The creation and modification date, UTC, or null for none.</param>
/// <param name="Language">The document language (BCP 47, as in the catalog's /Lang), or null.</param>
internal sealed record PdfDocumentInformation(
    string Title,
    string? Author,
    string? Subject,
    IReadOnlyList<string> Keywords,
    string Creator,
    string Producer,
    DateTime? Date,
    string? Language)
{
    /// <summary>The keywords as one string, or null when there are none.</summary>
    public string? KeywordText => Keywords.Count == 0 ? null : string.Join(", ", Keywords);

    /// <summary>Writes the Info dictionary's value (<c>&lt;&lt; … &gt;&gt;</c>).</summary>
    public void WriteInfo(PdfOutput output)
    {
        output.Raw("<<").Key("Title").TextString(Title);
        if (!string.IsNullOrEmpty(Author))
        {
            output.Key("Author").TextString(Author);
        }
        if (!string.IsNullOrEmpty(Subject))
        {
            output.Key("Subject").TextString(Subject);
        }
        if (KeywordText is { } keywords)
        {
            output.Key("Keywords").TextString(keywords);
        }
        output.Key("Creator").TextString(Creator).Key("Producer").TextString(Producer);
        if (Date is { } date)
        {
            var text = PdfDate(date);
            output.Key("CreationDate").TextString(text).Key("ModDate").TextString(text);
        }
        output.Raw(">>");
    }

    /// <summary>A date as a PDF date string in UTC (§7.9.4): <c>D:20250315000000Z</c>.</summary>
    public static string PdfDate(DateTime date) =>
        "D:" + ToUtc(date).ToString("yyyyMMddHHmmss", CultureInfo.InvariantCulture) + "Z";

    /// <summary>A date as an XMP date in UTC (ISO 8601): <c>2025-03-15T00:00:00Z</c>.</summary>
    public static string XmpDate(DateTime date) =>
        ToUtc(date).ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    private static DateTime ToUtc(DateTime date) => date.Kind switch
    {
        DateTimeKind.Utc => date,
        _ => throw new ArgumentException("Document dates must be UTC (DateTimeKind.Utc), never local time.", nameof(date)),
    };
}
