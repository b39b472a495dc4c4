namespace Csto.Domain.Documents;

/// <summary>A document adopted or presented at an event, by title and, when a data file holds it, by record id.</summary>
public sealed record DocumentReference
{
    /// <summary>Creates a reference.</summary>
    /// <param name="title">The document's title as the source gives it.</param>
    /// <param name="recordId">The <see cref="CstoRecord.Id"/> of the record holding the document, or null.</param>
    /// <exception cref="ArgumentException">The title is empty.</exception>
    public DocumentReference(string title, string? recordId = null)
    {
        Title = Guard.NotEmpty(title, nameof(title), "The title of a document reference");
        RecordId = Guard.OptionalId(recordId, nameof(recordId), "The record id of a document reference");
    }

    /// <summary>The document's title.</summary>
    public string Title { get; }

    /// <summary>The record id, or null.</summary>
    public string? RecordId { get; }

    /// <inheritdoc/>
    public override string ToString() => Title;
}
