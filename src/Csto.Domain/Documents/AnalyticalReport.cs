using Csto.Domain.Catalog;
using Csto.Domain.Events;
using Csto.Domain.Places;
using Csto.Domain.Validation;
using NodaTime;

namespace Csto.Domain.Documents;

/// <summary>
/// An analytical report, such as the conceptual report «Большое Евразийское партнёрство: общая
/// ответственность за безопасное будущее», prepared with the assistance of the Secretariat.
/// </summary>
/// <example>
/// <code>
/// var report = new AnalyticalReport("Большое Евразийское партнёрство: …",
///     assistedBy: [new BodyParticipant("secretariat")], summary: ["Документ призван …"]);
/// </code>
/// </example>
public sealed record AnalyticalReport : CstoRecord
{
    /// <summary>Creates a report.</summary>
    /// <param name="title">The title.</param>
    /// <param name="subtitle">The subtitle or genre line («Концептуальный аналитический доклад»), or null.</param>
    /// <param name="date">The date of the report, or null when not given.</param>
    /// <param name="preparedBy">Who prepared it, when the sources say.</param>
    /// <param name="assistedBy">With whose assistance it was prepared («при содействии Секретариата»).</param>
    /// <param name="summary">Summary paragraphs.</param>
    /// <param name="sections">The sections.</param>
    /// <param name="recommendations">Recommendations, numbered in order.</param>
    /// <param name="sources">The report's own bibliography.</param>
    /// <param name="id">The record id, or null.</param>
    /// <param name="provenance">Where the record's facts come from.</param>
    /// <param name="place">The city where the report was issued, printed with the year at the foot of the title page («Москва 2026», ГОСТ 7.32), or null.</param>
    /// <exception cref="ArgumentException">The title is empty, or an item is empty.</exception>
    public AnalyticalReport(
        string title,
        string? subtitle = null,
        LocalDate? date = null,
        IReadOnlyList<Participant>? preparedBy = null,
        IReadOnlyList<Participant>? assistedBy = null,
        IReadOnlyList<string>? summary = null,
        IReadOnlyList<ReportSection>? sections = null,
        IReadOnlyList<string>? recommendations = null,
        IReadOnlyList<string>? sources = null,
        string? id = null,
        IReadOnlyList<string>? provenance = null,
        City? place = null)
        : base(id, provenance)
    {
        Title = Guard.NotEmpty(title, nameof(title), "The title of a report");
        Subtitle = Guard.NullOrNotEmpty(subtitle, nameof(subtitle), "The subtitle of a report");
        Date = date;
        PreparedBy = Guard.List(preparedBy, nameof(preparedBy));
        AssistedBy = Guard.List(assistedBy, nameof(assistedBy));
        Summary = Guard.Texts(summary, nameof(summary));
        Sections = Guard.List(sections, nameof(sections));
        Recommendations = Guard.Texts(recommendations, nameof(recommendations));
        Sources = Guard.Texts(sources, nameof(sources));
        Place = place;
    }

    /// <summary>The title.</summary>
    public string Title { get; }

    /// <summary>The subtitle, or null.</summary>
    public string? Subtitle { get; }

    /// <summary>The date, or null.</summary>
    public LocalDate? Date { get; }

    /// <summary>Who prepared it.</summary>
    public IReadOnlyList<Participant> PreparedBy { get; }

    /// <summary>With whose assistance it was prepared.</summary>
    public IReadOnlyList<Participant> AssistedBy { get; }

    /// <summary>Summary paragraphs.</summary>
    public IReadOnlyList<string> Summary { get; }

    /// <summary>The sections.</summary>
    public IReadOnlyList<ReportSection> Sections { get; }

    /// <summary>Recommendations, numbered in order.</summary>
    public IReadOnlyList<string> Recommendations { get; }

    /// <summary>The report's own bibliography.</summary>
    public IReadOnlyList<string> Sources { get; }

    /// <summary>The city where the report was issued (its Russian case forms and English name), or null.</summary>
    public City? Place { get; }

    private protected override void ValidateCore(ValidationScope scope, CstoCatalog catalog)
    {
        CatalogChecks.PlaceState(scope.At("place"), catalog, Place);
        for (var i = 0; i < PreparedBy.Count; i++)
        {
            PreparedBy[i].Validate(scope.At("preparedBy", i), catalog, Date, "report");
        }
        for (var i = 0; i < AssistedBy.Count; i++)
        {
            AssistedBy[i].Validate(scope.At("assistedBy", i), catalog, Date, "report");
        }
    }
}
