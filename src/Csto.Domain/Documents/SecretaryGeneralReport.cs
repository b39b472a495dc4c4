using Csto.Domain.Catalog;
using Csto.Domain.Validation;
using NodaTime;

namespace Csto.Domain.Documents;

/// <summary>
/// The Secretary General's report to the Collective Security Council (Доклад Генерального секретаря ОДКБ): who
/// reports (a person of the catalog, who must hold the post on the day of the session), the regular session of the
/// Council it is addressed to (by its date, which must be the catalog's session date of that year), the period
/// reported on, the subject, the sections and the annexes. JSON gives the period as
/// <c>{ "start": "2024-11-29", "end": "2025-11-26" }</c> and the session as <c>"sessionDate": "2025-11-27"</c>.
/// </summary>
/// <example>
/// <code>
/// var report = new SecretaryGeneralReport("Об основных итогах деятельности ОДКБ в межсессионный период", "tasmagambetov",
///     new LocalDate(2025, 11, 27), new DateInterval(new LocalDate(2024, 11, 29), new LocalDate(2025, 11, 26)),
///     [new ReportSection("Учения", ["…"])]);
/// </code>
/// </example>
public sealed record SecretaryGeneralReport : CstoRecord
{
    /// <summary>Creates a report.</summary>
    /// <param name="subject">What the report is about, as the heading to its text («Об …»).</param>
    /// <param name="secretaryGeneralId">The catalog id of the person who reports (the Secretary General or the acting Secretary General on <paramref name="sessionDate"/>).</param>
    /// <param name="sessionDate">The date of the regular session of the Collective Security Council the report is addressed to.</param>
    /// <param name="period">The period reported on (both ends inclusive); it ends on or before <paramref name="sessionDate"/>.</param>
    /// <param name="sections">The sections in order; at least one.</param>
    /// <param name="annexes">The documents annexed to the report, in order.</param>
    /// <param name="englishSubject">The subject in English, or null.</param>
    /// <param name="id">The record id, or null.</param>
    /// <param name="provenance">Where the facts come from.</param>
    /// <exception cref="ArgumentException">The subject is empty, the person id is malformed, there is no section, or the period ends after the session.</exception>
    public SecretaryGeneralReport(
        string subject,
        string secretaryGeneralId,
        LocalDate sessionDate,
        DateInterval period,
        IReadOnlyList<ReportSection> sections,
        IReadOnlyList<DocumentReference>? annexes = null,
        string? englishSubject = null,
        string? id = null,
        IReadOnlyList<string>? provenance = null)
        : base(id, provenance)
    {
        Subject = Guard.NotEmpty(subject, nameof(subject), "The subject of a report");
        EnglishSubject = Guard.NullOrNotEmpty(englishSubject, nameof(englishSubject), "The English subject of a report");
        SecretaryGeneralId = Guard.Id(secretaryGeneralId, nameof(secretaryGeneralId), "The id of the Secretary General");
        SessionDate = sessionDate;
        Period = period ?? throw new ArgumentNullException(nameof(period));
        if (period.End > sessionDate)
        {
            throw new ArgumentException($"The period reported on ends on {DateText.Iso(period.End)}, after the session of {DateText.Iso(sessionDate)} the report is addressed to.", nameof(period));
        }
        Sections = Guard.List(sections, nameof(sections));
        if (Sections.Count == 0)
        {
            throw new ArgumentException("The Secretary General's report needs at least one section.", nameof(sections));
        }
        Annexes = Guard.List(annexes, nameof(annexes));
    }

    /// <summary>What the report is about («Об актуальных проблемах … и основных итогах деятельности ОДКБ в межсессионный период»).</summary>
    public string Subject { get; }

    /// <summary>The subject in English, or null.</summary>
    public string? EnglishSubject { get; }

    /// <summary>The catalog id of the person who reports, such as <c>tasmagambetov</c>.</summary>
    public string SecretaryGeneralId { get; }

    /// <summary>The date of the Council's regular session the report is addressed to.</summary>
    public LocalDate SessionDate { get; }

    /// <summary>The period reported on (both ends inclusive).</summary>
    public DateInterval Period { get; }

    /// <summary>The sections in order.</summary>
    public IReadOnlyList<ReportSection> Sections { get; }

    /// <summary>The documents annexed to the report.</summary>
    public IReadOnlyList<DocumentReference> Annexes { get; }

    private protected override void ValidateCore(ValidationScope scope, CstoCatalog catalog)
    {
        var day = DateText.English(SessionDate);
        CatalogChecks.Holder(scope.At("secretaryGeneralId"), catalog, SecretaryGeneralId, CstoCatalog.SecretaryGeneralPostId, SessionDate, "the date of the session");

        if (!catalog.TryGetChair(SessionDate.Year, out var chair) || chair.SessionDate is not { } held)
        {
            scope.Report("sessionDate", $"The catalog has no regular session of the Collective Security Council in {SessionDate.Year}; it knows the sessions of {string.Join(", ", catalog.Chairmanships.Where(c => c.SessionDate is not null).Select(c => c.Year))}.");
        }
        else if (held != SessionDate)
        {
            scope.Report("sessionDate", $"The regular session of the Collective Security Council in {SessionDate.Year} was {(chair.Announced ? "announced for" : "held on")} {DateText.English(held)} in {chair.City.Name.English}, not on {day}.");
        }
    }
}
