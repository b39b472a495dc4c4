using Csto.Domain.Catalog;
using Csto.Domain.Events;
using Csto.Domain.Places;
using Csto.Domain.Validation;
using NodaTime;

namespace Csto.Domain.Documents;

/// <summary>
/// The minutes (Протокол) of a session: the body or bodies, the number when the body numbers its meetings, date
/// and place, who took part, and each question considered with what was decided on it (Akoma Ntoso's
/// <c>debate</c> reduced to its decisions).
/// </summary>
/// <example>
/// <code>
/// var minutes = new Minutes(["cfm", "cdm", "cssc"], new LocalDate(2025, 11, 27),
///     items: [new MinutesItem("О проекте декларации …", ["Одобрить проект …"])]);
/// </code>
/// </example>
public sealed record Minutes : CstoRecord
{
    /// <summary>Creates the minutes.</summary>
    /// <param name="bodyIds">The bodies whose session it is: one, or several for a joint meeting.</param>
    /// <param name="date">The day of the session.</param>
    /// <param name="number">The session's number when the body numbers its meetings, or null.</param>
    /// <param name="place">Where the session was held, or null.</param>
    /// <param name="sessionId">The record id of the session, or null.</param>
    /// <param name="participants">Who took part, in the source's order.</param>
    /// <param name="items">The questions considered with their decisions; at least one.</param>
    /// <param name="signatories">Who signs the minutes, or none.</param>
    /// <param name="englishTitle">The title in English, or null.</param>
    /// <param name="id">The record id, or null.</param>
    /// <param name="provenance">Where the facts come from.</param>
    /// <exception cref="ArgumentException">There is no body or no item, or the number is below 1.</exception>
    public Minutes(
        IReadOnlyList<string> bodyIds,
        LocalDate date,
        int? number = null,
        City? place = null,
        string? sessionId = null,
        IReadOnlyList<Participant>? participants = null,
        IReadOnlyList<MinutesItem>? items = null,
        IReadOnlyList<Signatory>? signatories = null,
        string? englishTitle = null,
        string? id = null,
        IReadOnlyList<string>? provenance = null)
        : base(id, provenance)
    {
        BodyIds = Guard.Texts(bodyIds, nameof(bodyIds));
        if (BodyIds.Count == 0)
        {
            throw new ArgumentException("The minutes need the body whose session they record.", nameof(bodyIds));
        }
        if (number is < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(number), number, "A session number is a whole number ≥ 1, such as 42.");
        }
        Date = date;
        Number = number;
        Place = place;
        SessionId = Guard.OptionalId(sessionId, nameof(sessionId), "The session id");
        Participants = Guard.List(participants, nameof(participants));
        Items = Guard.List(items, nameof(items));
        if (Items.Count == 0)
        {
            throw new ArgumentException("The minutes need at least one item.", nameof(items));
        }
        Signatories = Guard.List(signatories, nameof(signatories));
        EnglishTitle = Guard.NullOrNotEmpty(englishTitle, nameof(englishTitle), "The English title of the minutes");
    }

    /// <summary>The bodies whose session it is.</summary>
    public IReadOnlyList<string> BodyIds { get; }

    /// <summary>The day of the session.</summary>
    public LocalDate Date { get; }

    /// <summary>The session's number, or null.</summary>
    public int? Number { get; }

    /// <summary>Where the session was held, or null.</summary>
    public City? Place { get; }

    /// <summary>The record id of the session, or null.</summary>
    public string? SessionId { get; }

    /// <summary>Who took part.</summary>
    public IReadOnlyList<Participant> Participants { get; }

    /// <summary>The questions considered with their decisions.</summary>
    public IReadOnlyList<MinutesItem> Items { get; }

    /// <summary>Who signs the minutes.</summary>
    public IReadOnlyList<Signatory> Signatories { get; }

    /// <summary>The title in English, or null.</summary>
    public string? EnglishTitle { get; }

    private protected override void ValidateCore(ValidationScope scope, CstoCatalog catalog)
    {
        CatalogChecks.PlaceState(scope.At("place"), catalog, Place);
        for (var i = 0; i < BodyIds.Count; i++)
        {
            CatalogChecks.Body(scope.At("bodyIds", i), catalog, BodyIds[i], Date, "session");
        }
        if (BodyIds.Count == 1 && catalog.TryGetBody(BodyIds[0], out var body))
        {
            CatalogChecks.MeetingNumber(scope, body, Number, "minutes");
        }
        for (var i = 0; i < Participants.Count; i++)
        {
            Participants[i].Validate(scope.At("participants", i), catalog, Date, "session");
        }
        for (var i = 0; i < Signatories.Count; i++)
        {
            CatalogChecks.Signatory(scope.At("signatories", i), catalog, Signatories[i], Date, "session");
        }
    }
}
