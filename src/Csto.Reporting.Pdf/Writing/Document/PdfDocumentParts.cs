namespace Csto.Reporting.Pdf.Writing.Document;

/// <summary>One bookmark (ISO 32000-1 §12.3.3), given in a flat list in document order and nested by level.</summary>
/// <param name="Title">The text shown in the bookmark pane; any Unicode text.</param>
/// <param name="Level">The depth, 1 for top-level bookmarks; an entry deeper than the previous one's level plus one hangs under the nearest shallower entry before it.</param>
/// <param name="PageIndex">The page it leads to, from 0.</param>
/// <param name="Top">The line shown at the top of the window, in PDF points from the page's bottom.</param>
internal sealed record PdfOutlineItem(string Title, int Level, int PageIndex, double Top);

/// <summary>A range of page labels (ISO 32000-1 §12.4.2) starting at a page.</summary>
/// <param name="PageIndex">The first page of the range, from 0.</param>
/// <param name="Style">The numbering style: <c>D</c> decimal, <c>R</c>/<c>r</c> Roman, <c>A</c>/<c>a</c> letters, or null for a prefix only.</param>
/// <param name="Prefix">Text before the number, or null.</param>
/// <param name="Start">The number of the range's first page.</param>
internal sealed record PdfPageLabelRange(int PageIndex, string? Style, string? Prefix, int Start = 1);

/// <summary>
/// A file embedded as an associated file (ISO 19005-3 §6.8, ISO 32000-2 §14.13): the source data a document was
/// made from, with /AFRelationship /Source.
/// </summary>
/// <param name="FileName">The file's name, such as <c>declaration.json</c>.</param>
/// <param name="MediaType">Its media type, such as <c>application/json</c>.</param>
/// <param name="Description">What it is, shown by viewers.</param>
/// <param name="Content">The bytes.</param>
/// <param name="Modified">Its modification date (UTC), or null.</param>
internal sealed record PdfAttachment(string FileName, string MediaType, string Description, ReadOnlyMemory<byte> Content, DateTime? Modified);
