namespace Csto.Domain;

/// <summary>
/// A data file: exactly one record and the template that renders it by default.
/// </summary>
/// <remarks>
/// JSON shape (camelCase, ISO dates):
/// <code>
/// {
///   "template": "session-communique",
///   "record": { "kind": "event", "type": "session", "number": 42, "date": "2025-12-03", … }
/// }
/// </code>
/// Read with <see cref="Serialization.CstoJson.Read(string, string)"/>.
/// </remarks>
public sealed record CstoDataFile
{
    /// <summary>Creates a data file.</summary>
    /// <param name="record">The record.</param>
    /// <param name="template">The default template's name, such as <c>session-communique</c> or <c>session-communique.en</c>; null when none.</param>
    /// <exception cref="ArgumentException">The template name is given but is not kebab-case with an optional language suffix.</exception>
    public CstoDataFile(CstoRecord record, string? template = null)
    {
        Record = record ?? throw new ArgumentNullException(nameof(record));
        Template = Guard.OptionalTemplateName(template, nameof(template), "The template name");
    }

    /// <summary>The default template's name, or null.</summary>
    public string? Template { get; }

    /// <summary>The record.</summary>
    public CstoRecord Record { get; }
}
