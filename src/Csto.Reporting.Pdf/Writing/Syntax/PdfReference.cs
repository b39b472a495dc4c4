namespace Csto.Reporting.Pdf.Writing.Syntax;

/// <summary>An indirect object's number (generation 0: this writer never updates a file in place).</summary>
/// <param name="Number">The object number, from 1.</param>
internal readonly record struct PdfReference(int Number);
