namespace Csto.Domain;

/// <summary>
/// The base of every exception the Csto packages throw for a caller to catch: a data file that cannot be read
/// (<see cref="CstoDataException"/>), an id the reference catalog does not know
/// (<see cref="Catalog.CatalogEntryNotFoundException"/>), and, in Csto.Reporting, an input that cannot become a
/// document (<c>ReportInputException</c> with every problem at <c>file:line:column: path</c>, and its kinds
/// <c>UnknownTemplateException</c> and <c>MissingGlyphException</c>). Misuse of the API (a null argument, a value
/// out of range, no renderer for a format) is reported with the framework's <see cref="ArgumentException"/> and
/// <see cref="InvalidOperationException"/> instead, and cancellation with <see cref="OperationCanceledException"/>.
/// </summary>
/// <example>
/// <code>
/// try { await generator.RenderAsync(file, ReportFormat.Pdf, stream); }
/// catch (CstoException e) { Console.Error.WriteLine(e.Message); }   // every problem, each with its place
/// </code>
/// </example>
public abstract class CstoException : Exception
{
    /// <summary>Creates the exception with its message.</summary>
    /// <param name="message">What is wrong, with its place when known.</param>
    /// <param name="innerException">The underlying exception, or null.</param>
    protected CstoException(string message, Exception? innerException = null)
        : base(message, innerException)
    {
    }
}
