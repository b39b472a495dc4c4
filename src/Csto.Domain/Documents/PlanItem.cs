using System.Text.Json.Serialization;

namespace Csto.Domain.Documents;

/// <summary>
/// One item of a plan of joint activities: what is to be done, its term as plans give it (a year, a quarter of a
/// year, a month or a day) and the bodies responsible, by catalog id.
/// </summary>
public sealed record PlanItem
{
    /// <summary>Creates an item.</summary>
    /// <param name="activity">What is to be done («Проведение совместного учения …»).</param>
    /// <param name="term">The term: <c>2026</c>, <c>2026-03</c> or <c>2026-03-15</c>.</param>
    /// <param name="responsibleBodyIds">The catalog ids of the bodies responsible, in the plan's order; at least one.</param>
    /// <param name="quarter">The quarter of <paramref name="term"/>'s year (1–4) when the plan gives the term by quarter; then the term is a year alone.</param>
    /// <param name="englishActivity">What is to be done, in English, or null.</param>
    /// <param name="termEnd">The end of a term the plan gives as a span («сентябрь – октябрь 2026 года»: <c>2026-09</c> to <c>2026-10</c>), to the same precision as <paramref name="term"/> and after it; null for a term of one year, quarter, month or day.</param>
    /// <exception cref="ArgumentException">The activity is empty, no body is responsible, a body id is malformed, a quarter is given with a month or with an end, or the end is not after the term or not to the same precision.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The quarter is not 1–4.</exception>
    public PlanItem(string activity, PartialDate term, IReadOnlyList<string> responsibleBodyIds, int? quarter = null, string? englishActivity = null, PartialDate? termEnd = null)
    {
        Activity = Guard.NotEmpty(activity, nameof(activity), "The activity of a plan item");
        Term = term;
        ResponsibleBodyIds = Guard.List(responsibleBodyIds, nameof(responsibleBodyIds));
        if (ResponsibleBodyIds.Count == 0)
        {
            throw new ArgumentException($"The plan item «{Activity}» needs at least one responsible body.", nameof(responsibleBodyIds));
        }
        foreach (var id in ResponsibleBodyIds)
        {
            Guard.Id(id, nameof(responsibleBodyIds), "The id of a responsible body");
        }
        if (quarter is { } q)
        {
            if (q is < 1 or > 4)
            {
                throw new ArgumentOutOfRangeException(nameof(quarter), q, $"The quarter of the plan item «{Activity}» must be 1–4.");
            }
            if (term.Month is not null)
            {
                throw new ArgumentException($"The plan item «{Activity}» gives both the month {term} and quarter {q}; give one.", nameof(quarter));
            }
        }
        if (termEnd is { } end)
        {
            if (quarter is not null)
            {
                throw new ArgumentException($"The plan item «{Activity}» gives a quarter and an end {end}; give one.", nameof(termEnd));
            }
            if (end.Month.HasValue != term.Month.HasValue || end.Day.HasValue != term.Day.HasValue || end.Earliest <= term.Latest)
            {
                throw new ArgumentException($"The term of the plan item «{Activity}» runs from {term} to {end}: the end must come after the start and be given to the same precision (year, month or day).", nameof(termEnd));
            }
        }
        TermEnd = termEnd;
        Quarter = quarter;
        EnglishActivity = Guard.NullOrNotEmpty(englishActivity, nameof(englishActivity), "The English activity of a plan item");
    }

    /// <summary>What is to be done.</summary>
    public string Activity { get; }

    /// <summary>The term: a year, a month or a day (with <see cref="Quarter"/>, the year of the quarter).</summary>
    public PartialDate Term { get; }

    /// <summary>The end of a term given as a span (to the same precision as <see cref="Term"/>), or null.</summary>
    public PartialDate? TermEnd { get; }

    /// <summary>The quarter (1–4) of the term's year, or null when the term is not given by quarter.</summary>
    public int? Quarter { get; }

    /// <summary>The catalog ids of the bodies responsible.</summary>
    public IReadOnlyList<string> ResponsibleBodyIds { get; }

    /// <summary>What is to be done, in English, or null.</summary>
    public string? EnglishActivity { get; }

    /// <summary>The first day the term can be.</summary>
    [JsonIgnore]
    public NodaTime.LocalDate Earliest => Quarter is { } q ? new(Term.Year, (3 * q) - 2, 1) : Term.Earliest;

    /// <summary>The last day the term can be.</summary>
    [JsonIgnore]
    public NodaTime.LocalDate Latest =>
        Quarter is { } q ? new NodaTime.LocalDate(Term.Year, 3 * q, 1).PlusMonths(1).PlusDays(-1) : (TermEnd ?? Term).Latest;
}
