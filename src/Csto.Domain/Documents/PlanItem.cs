using System.Text.Json.Serialization;
using Csto.Domain.Validation;

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
    /// <remarks>
    /// How the parts fit together (at least one body, a quarter of 1–4 with a year alone, an end after the term and
    /// to its precision) is checked by the plan's <see cref="CstoRecord.Validate"/>, which reports each problem at
    /// the item's property path (<c>items[3].termEnd</c>) and so at its line and column in a data file.
    /// </remarks>
    /// <exception cref="ArgumentException">The activity is empty or a body id is malformed.</exception>
    public PlanItem(string activity, PartialDate term, IReadOnlyList<string> responsibleBodyIds, int? quarter = null, string? englishActivity = null, PartialDate? termEnd = null)
    {
        Activity = Guard.NotEmpty(activity, nameof(activity), "The activity of a plan item");
        Term = term;
        ResponsibleBodyIds = Guard.List(responsibleBodyIds, nameof(responsibleBodyIds));
        foreach (var id in ResponsibleBodyIds)
        {
            Guard.Id(id, nameof(responsibleBodyIds), "The id of a responsible body");
        }
        TermEnd = termEnd;
        Quarter = quarter;
        EnglishActivity = Guard.NullOrNotEmpty(englishActivity, nameof(englishActivity), "The English activity of a plan item");
    }

    /// <summary>Reports how the parts of the item do not fit together, each at its property.</summary>
    internal void Validate(ValidationScope scope)
    {
        if (ResponsibleBodyIds.Count == 0)
        {
            scope.Report("responsibleBodyIds", $"The plan item «{Activity}» needs at least one responsible body.");
        }
        if (Quarter is { } q)
        {
            if (q is < 1 or > 4)
            {
                scope.Report("quarter", $"The quarter of the plan item «{Activity}» must be 1–4, not {q}.");
            }
            if (Term.Month is not null)
            {
                scope.Report("quarter", $"The plan item «{Activity}» gives both the month {Term} and quarter {q}; give one.");
            }
        }
        if (TermEnd is { } end)
        {
            if (Quarter is not null)
            {
                scope.Report("termEnd", $"The plan item «{Activity}» gives a quarter and an end {end}; give one.");
            }
            else if (end.Month.HasValue != Term.Month.HasValue || end.Day.HasValue != Term.Day.HasValue || end.Earliest <= Term.Latest)
            {
                scope.Report("termEnd", $"The term of the plan item «{Activity}» runs from {Term} to {end}: the end must come after the start and be given to the same precision (year, month or day).");
            }
        }
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

    /// <summary>The first day the term can be (a quarter outside 1–4, which validation reports, counts as the whole year).</summary>
    [JsonIgnore]
    public NodaTime.LocalDate Earliest => Quarter is { } q and >= 1 and <= 4 ? new(Term.Year, (3 * q) - 2, 1) : Term.Earliest;

    /// <summary>The last day the term can be (an end before the term, which validation reports, is not counted).</summary>
    [JsonIgnore]
    public NodaTime.LocalDate Latest =>
        Quarter is { } q and >= 1 and <= 4 ? new NodaTime.LocalDate(Term.Year, 3 * q, 1).PlusMonths(1).PlusDays(-1)
        : TermEnd is { } end && end.Latest > Term.Latest ? end.Latest : Term.Latest;
}
