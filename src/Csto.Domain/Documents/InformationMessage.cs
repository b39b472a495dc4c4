using Csto.Domain.Catalog;
using Csto.Domain.Events;
using Csto.Domain.Validation;
using NodaTime;

namespace Csto.Domain.Documents;

/// <summary>
/// A short news-style account of an event (информационное сообщение): headline, date, lead, paragraphs and
/// the event itself (written out inside the message, so one file is enough to render it).
/// </summary>
/// <example>
/// <code>
/// var message = new InformationMessage("В Секретариате ОДКБ прошел образовательный семинар …", seminar,
///     paragraphs: ["14 февраля 2024 года в Секретариате ОДКБ состоялся …"]);
/// </code>
/// </example>
public sealed record InformationMessage : CstoRecord
{
    /// <summary>Creates a message.</summary>
    /// <param name="headline">The headline.</param>
    /// <param name="event">The event the message is about.</param>
    /// <param name="date">The date of publication, or null when not known (templates then use the event's date).</param>
    /// <param name="lead">The lead paragraph, or null.</param>
    /// <param name="paragraphs">The body paragraphs.</param>
    /// <param name="id">The record id, or null.</param>
    /// <param name="provenance">Where the facts come from.</param>
    /// <exception cref="ArgumentException">The headline is empty, or the publication date is before the event.</exception>
    public InformationMessage(
        string headline,
        Event @event,
        LocalDate? date = null,
        string? lead = null,
        IReadOnlyList<string>? paragraphs = null,
        string? id = null,
        IReadOnlyList<string>? provenance = null)
        : base(id, provenance)
    {
        Headline = Guard.NotEmpty(headline, nameof(headline), "The headline");
        Event = @event ?? throw new ArgumentNullException(nameof(@event));
        if (date is { } d && @event.Date is { } eventDate && d < eventDate)
        {
            throw new ArgumentException($"The message date {DateText.Iso(d)} must not be earlier than the event's date {DateText.Iso(eventDate)}.", nameof(date));
        }
        Date = date;
        Lead = Guard.NullOrNotEmpty(lead, nameof(lead), "The lead");
        Paragraphs = Guard.Texts(paragraphs, nameof(paragraphs));
    }

    /// <summary>The headline.</summary>
    public string Headline { get; }

    /// <summary>The event the message is about.</summary>
    public Event Event { get; }

    /// <summary>The date of publication, or null.</summary>
    public LocalDate? Date { get; }

    /// <summary>The lead paragraph, or null.</summary>
    public string? Lead { get; }

    /// <summary>The body paragraphs.</summary>
    public IReadOnlyList<string> Paragraphs { get; }

    private protected override void ValidateCore(ValidationScope scope, CstoCatalog catalog) =>
        Event.ValidateInto(scope.At("event"), catalog);
}
