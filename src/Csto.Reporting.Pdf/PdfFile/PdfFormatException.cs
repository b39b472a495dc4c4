namespace Csto.Reporting.Pdf.PdfFile;

/// <summary>
/// Thrown by <see cref="PdfIncrementalUpdater"/> when the input is not a PDF it can update: not a PDF at all,
/// damaged (broken cross-reference data, missing objects) or using a feature it does not support
/// (cross-reference streams, encryption). Nothing has been written to the output when it is thrown.
/// </summary>
public sealed class PdfFormatException : Exception
{
    /// <summary>Creates the exception with a message naming what is wrong.</summary>
    public PdfFormatException()
        : this("The input is not a PDF file this updater can read.")
    {
    }

    /// <summary>Creates the exception with a message naming what is wrong.</summary>
    public PdfFormatException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and the exception that caused it.</summary>
    public PdfFormatException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates the exception with a message and the byte offset in the file where the problem was found.</summary>
    public PdfFormatException(string message, long offset)
        : base($"{message} (at byte offset {offset.ToString(System.Globalization.CultureInfo.InvariantCulture)})")
    {
        Offset = offset;
    }

    /// <summary>The byte offset in the input where the problem was found, when known.</summary>
    public long? Offset { get; }
}
