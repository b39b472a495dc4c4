namespace Csto.Domain.Documents;

/// <summary>
/// A document adopted or presented at an event, by title and, when a data file holds it, by record id; its type
/// (a decision, a joint statement of ministers, a plan of joint activities, the Secretary General's report…) when known.
/// </summary>
public sealed record DocumentReference
{
    /// <summary>Creates a reference.</summary>
    /// <param name="title">The document's title as the source gives it.</param>
    /// <param name="recordId">The <see cref="CstoRecord.Id"/> of the record holding the document, or null.</param>
    /// <param name="type">What kind of document it is, or null when the source does not say.</param>
    /// <param name="englishTitle">The title in English, or null.</param>
    /// <exception cref="ArgumentException">The title is empty, or the type is not defined.</exception>
    public DocumentReference(string title, string? recordId = null, DocumentType? type = null, string? englishTitle = null)
    {
        Title = Guard.NotEmpty(title, nameof(title), "The title of a document reference");
        RecordId = Guard.OptionalId(recordId, nameof(recordId), "The record id of a document reference");
        if (type is { } t && !Enum.IsDefined(t))
        {
            throw new ArgumentOutOfRangeException(nameof(type), type, "Unknown document type.");
        }
        Type = type;
        EnglishTitle = Guard.NullOrNotEmpty(englishTitle, nameof(englishTitle), "The English title of a document reference");
    }

    /// <summary>The document's title.</summary>
    public string Title { get; }

    /// <summary>The record id, or null.</summary>
    public string? RecordId { get; }

    /// <summary>What kind of document it is, or null.</summary>
    public DocumentType? Type { get; }

    /// <summary>The title in English, or null.</summary>
    public string? EnglishTitle { get; }

    /// <inheritdoc/>
    public override string ToString() => Title;
}
