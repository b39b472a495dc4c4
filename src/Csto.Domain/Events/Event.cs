using System.Text.Json;
using System.Text.Json.Serialization;
using Csto.Domain.Catalog;
using Csto.Domain.Documents;
using Csto.Domain.Naming;
using Csto.Domain.Places;
using Csto.Domain.Validation;
using NodaTime;

namespace Csto.Domain.Events;

/// <summary>
/// An event: a meeting of a body (numbered when the body numbers its meetings), a joint meeting, a conference,
/// a seminar, a press conference, a summit session, an exercise or an operation, with its dates, venue,
/// organiser, participants, agenda and the documents it produced.
/// </summary>
/// <example>
/// <code>
/// var meeting = new Event(EventType.Session, number: 42, date: new LocalDate(2025, 12, 3),
///     bodyIds: ["wg-afghanistan"],
///     participants: [new BodyParticipant("secretariat"), new PartnerParticipant("unoct")]);
/// meeting.Validate(CstoCatalog.Default) // empty: every id is known
/// </code>
/// </example>
public sealed record Event : CstoRecord
{
    /// <summary>Creates an event.</summary>
    /// <param name="type">What kind of event it is.</param>
    /// <param name="date">The (first) day; null only when the sources give no date.</param>
    /// <param name="endDate">The last day of an event of several days, or null.</param>
    /// <param name="number">The meeting number (42 for the 42nd) of a body that numbers its meetings; validation requires it for such a body's session and refuses it for another.</param>
    /// <param name="title">The event's own name or topic, such as a conference title or an exercise's edition («Взаимодействие-2025»), or null.</param>
    /// <param name="englishTitle">The title in English, so that English outputs carry no Cyrillic title; null when there is none.</param>
    /// <param name="activityId">The named exercise or operation of the catalog (<c>interaction</c>, <c>kanal</c>); only for an exercise or an operation.</param>
    /// <param name="stage">The stage of the operation, as the catalog names it («Канал – Западная Двина»), or null.</param>
    /// <param name="venue">Where it takes place, or null when not known.</param>
    /// <param name="bodyIds">The bodies whose session or meeting it is: one for a session, two or more for a joint meeting.</param>
    /// <param name="organizer">Who organises it, or null.</param>
    /// <param name="participants">Who takes part, in the source's order.</param>
    /// <param name="agenda">The agenda items or topics discussed.</param>
    /// <param name="outcomes">The documents adopted or presented.</param>
    /// <param name="id">An id other records can refer to, or null.</param>
    /// <param name="provenance">Where the facts come from.</param>
    /// <param name="englishAgenda">The agenda items in English, one for each of <paramref name="agenda"/> in the same order, or none; English outputs print these and never the Russian items.</param>
    /// <param name="description">What the event is as its source words it, in every case and in English — «Международная военно-научная конференция» / "international military-scientific conference" — with the noun of its type as the head word (generated sentences print it instead of the bare «конференция»); null for the bare kind.</param>
    /// <exception cref="ArgumentException">The end date comes before the date or without it, a number is below 1, the bodies do not fit the type, an activity is given for an event that is not an exercise or an operation, a stage without its activity, or English agenda items that are not as many as the agenda items.</exception>
    public Event(
        EventType type,
        LocalDate? date = null,
        LocalDate? endDate = null,
        int? number = null,
        string? title = null,
        string? englishTitle = null,
        string? activityId = null,
        string? stage = null,
        Venue? venue = null,
        IReadOnlyList<string>? bodyIds = null,
        Participant? organizer = null,
        IReadOnlyList<Participant>? participants = null,
        IReadOnlyList<string>? agenda = null,
        IReadOnlyList<DocumentReference>? outcomes = null,
        string? id = null,
        IReadOnlyList<string>? provenance = null,
        IReadOnlyList<string>? englishAgenda = null,
        Name? description = null)
        : base(id, provenance)
    {
        if (!Enum.IsDefined(type))
        {
            throw new ArgumentOutOfRangeException(nameof(type), type, "Unknown event type.");
        }
        if (endDate is not null && date is null)
        {
            throw new ArgumentException("An end date needs a start date.", nameof(endDate));
        }
        if (endDate is { } end && end < date!.Value)
        {
            throw new ArgumentException($"The end date {DateText.Iso(end)} must not be earlier than the start date {DateText.Iso(date.Value)}.", nameof(endDate));
        }
        if (number is < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(number), number, "A session number is a whole number ≥ 1, such as 42.");
        }
        if (activityId is not null && type is not (EventType.Exercise or EventType.Operation))
        {
            throw new ArgumentException($"Only an exercise or an operation refers to a named activity; this event is of type \"{JsonNamingPolicy.CamelCase.ConvertName(type.ToString())}\".", nameof(activityId));
        }
        if (stage is not null && activityId is null)
        {
            throw new ArgumentException("A stage needs the operation it belongs to (activityId).", nameof(stage));
        }
        Type = type;
        Date = date;
        EndDate = endDate == date ? null : endDate;
        Number = number;
        Title = Guard.NullOrNotEmpty(title, nameof(title), "The title of an event");
        EnglishTitle = Guard.NullOrNotEmpty(englishTitle, nameof(englishTitle), "The English title of an event");
        ActivityId = Guard.OptionalId(activityId, nameof(activityId), "The activity id of an event");
        Stage = Guard.NullOrNotEmpty(stage, nameof(stage), "The stage of an operation");
        Venue = venue;
        BodyIds = Guard.Texts(bodyIds, nameof(bodyIds));
        if (type == EventType.Session && BodyIds.Count != 1)
        {
            throw new ArgumentException($"A session belongs to exactly one body; {BodyIds.Count} given.", nameof(bodyIds));
        }
        if (type == EventType.JointMeeting && BodyIds.Count < 2)
        {
            throw new ArgumentException($"A joint meeting needs at least two bodies; {BodyIds.Count} given.", nameof(bodyIds));
        }
        Organizer = organizer;
        Participants = Guard.List(participants, nameof(participants));
        Agenda = Guard.Texts(agenda, nameof(agenda));
        EnglishAgenda = Guard.Texts(englishAgenda, nameof(englishAgenda));
        if (EnglishAgenda.Count != 0 && EnglishAgenda.Count != Agenda.Count)
        {
            throw new ArgumentException(
                $"The event has {Agenda.Count} agenda item(s) but {EnglishAgenda.Count} English agenda item(s); give one English text for each, or none.",
                nameof(englishAgenda));
        }
        Outcomes = Guard.List(outcomes, nameof(outcomes));
        Description = description;
    }

    /// <summary>What kind of event it is.</summary>
    public EventType Type { get; }

    /// <summary>The (first) day, or null when the sources give none.</summary>
    public LocalDate? Date { get; }

    /// <summary>The last day of an event of several days, otherwise null.</summary>
    public LocalDate? EndDate { get; }

    /// <summary>The session number, or null.</summary>
    public int? Number { get; }

    /// <summary>The event's own name or topic, or null.</summary>
    public string? Title { get; }

    /// <summary>The title in English, or null.</summary>
    public string? EnglishTitle { get; }

    /// <summary>The named exercise or operation of the catalog, or null.</summary>
    public string? ActivityId { get; }

    /// <summary>The stage of the operation, or null.</summary>
    public string? Stage { get; }

    /// <summary>Where it takes place, or null.</summary>
    public Venue? Venue { get; }

    /// <summary>The bodies whose session or meeting it is.</summary>
    public IReadOnlyList<string> BodyIds { get; }

    /// <summary>Who organises it, or null.</summary>
    public Participant? Organizer { get; }

    /// <summary>Who takes part, in the source's order.</summary>
    public IReadOnlyList<Participant> Participants { get; }

    /// <summary>The agenda items or topics discussed.</summary>
    public IReadOnlyList<string> Agenda { get; }

    /// <summary>The agenda items in English, in the order of <see cref="Agenda"/>; empty when the record gives none.</summary>
    public IReadOnlyList<string> EnglishAgenda { get; }

    /// <summary>The documents adopted or presented.</summary>
    public IReadOnlyList<DocumentReference> Outcomes { get; }

    /// <summary>What the event is as its source words it («Международная военно-научная конференция»), or null for the bare kind.</summary>
    public Name? Description { get; }

    /// <summary>The days of the event (one day when there is no end date), or null when undated.</summary>
    [JsonIgnore]
    public DateInterval? Dates => Date is { } start ? new DateInterval(start, EndDate ?? start) : null;

    private protected override void ValidateCore(ValidationScope scope, CstoCatalog catalog)
    {
        for (var i = 0; i < BodyIds.Count; i++)
        {
            CatalogChecks.Body(scope.At("bodyIds", i), catalog, BodyIds[i], Date, "event");
        }
        if (Type == EventType.SummitSession)
        {
            ValidateSummit(scope, catalog);
        }
        if (Type == EventType.Session && BodyIds.Count == 1 && catalog.TryGetBody(BodyIds[0], out var body))
        {
            CatalogChecks.MeetingNumber(scope, body, Number, "event");
        }
        if (ActivityId is not null)
        {
            ValidateActivity(scope, catalog);
        }
        Organizer?.Validate(scope.At("organizer"), catalog, Date, "event");
        CatalogChecks.PlaceState(scope.At("venue").At("city"), catalog, Venue?.City);
        for (var i = 0; i < Participants.Count; i++)
        {
            Participants[i].Validate(scope.At("participants", i), catalog, Date, "event");
        }
    }

    private void ValidateActivity(ValidationScope scope, CstoCatalog catalog)
    {
        if (!catalog.TryGetActivity(ActivityId!, out var activity))
        {
            scope.Report("activityId", CatalogChecks.Unknown("exercise or operation", ActivityId!, catalog.Activities.Select(a => a.Id)));
            return;
        }
        var expected = activity.Kind == ActivityKind.Exercise ? EventType.Exercise : EventType.Operation;
        if (Type != expected)
        {
            scope.Report("type", $"«{activity.Name.Russian}» is {(activity.Kind == ActivityKind.Exercise ? "an exercise" : "an operation")}, the event's type is \"{JsonNamingPolicy.CamelCase.ConvertName(Type.ToString())}\".");
        }
        if (Stage is not { } stage)
        {
            return;
        }
        if (activity.Stages.FirstOrDefault(s => s.Name == stage) is not { } known)
        {
            scope.Report("stage", activity.Stages.Count == 0
                ? $"«{activity.Name.Russian}» has no stages in the catalog: remove the stage «{stage}»."
                : $"The catalog knows no stage «{stage}» of «{activity.Name.Russian}»; it knows: {string.Join(", ", activity.Stages.Select(s => $"«{s.Name}»"))}.");
        }
        else if (Dates is { } days && known.Start is { } start
            && (days.Start < start || days.End > (known.End ?? start)))
        {
            var ran = known.End is { } end && end != start ? $"ran {DateText.English(start)} – {DateText.English(end)}" : $"was held on {DateText.English(start)}";
            var held = days.End == days.Start ? $"is dated {DateText.English(days.Start)}" : $"runs {DateText.English(days.Start)} – {DateText.English(days.End)}";
            scope.Report("date", $"The stage «{stage}» ({known.EnglishName ?? activity.Name.English}) {ran} by the catalog; the event {held}.");
        }
    }

    private void ValidateSummit(ValidationScope scope, CstoCatalog catalog)
    {
        if (!BodyIds.Contains("csc"))
        {
            scope.Report("bodyIds", "A summit session is a session of the Collective Security Council: bodyIds must contain \"csc\".");
        }
        if (Date is not { } date || !catalog.TryGetChair(date.Year, out var chair) || chair.SessionDate is not { } sessionDate)
        {
            return;
        }
        if (sessionDate != date)
        {
            scope.Report("date", $"The CSC session of {chair.Year} is dated {DateText.English(sessionDate)} in the catalog, the event is dated {DateText.English(date)}.");
        }
        if (Venue is not null && Venue.City.Name.English != chair.City.Name.English)
        {
            scope.Report("venue", $"The CSC session of {chair.Year} was held in {chair.City.Name.English} according to the catalog, the event's venue is {Venue.City.Name.English}.");
        }
    }
}
