using Csto.Domain.Catalog;
using Csto.Domain.Validation;
using NodaTime;

namespace Csto.Domain.Documents;

/// <summary>
/// A plan of joint activities (План совместных мероприятий): the period it covers, the body that approved it and
/// when, and its items with their terms and responsible bodies. JSON gives the period as
/// <c>{ "start": "2026-01-01", "end": "2026-12-31" }</c> and an item's term as <c>2026</c>, <c>2026-03</c> or
/// <c>2026-03-15</c>, with <c>quarter</c> for a term by quarter.
/// </summary>
/// <example>
/// <code>
/// var plan = new ActivityPlan("План совместных мероприятий …", new DateInterval(new LocalDate(2026, 1, 1), new LocalDate(2026, 12, 31)),
///     [new PlanItem("Консультации …", new PartialDate(2026), ["cfm"], quarter: 2)], approvingBodyId: "cfm");
/// </code>
/// </example>
public sealed record ActivityPlan : CstoRecord
{
    /// <summary>Creates a plan.</summary>
    /// <param name="title">The title as approved («План совместных мероприятий …»).</param>
    /// <param name="period">The period the plan covers (both ends inclusive).</param>
    /// <param name="items">The items in order; at least one.</param>
    /// <param name="approvingBodyId">The catalog id of the body that approved the plan, or null when the sources do not name it.</param>
    /// <param name="approvalDate">The date of approval, or null when the sources do not give it; not after the period ends.</param>
    /// <param name="id">The record id, or null.</param>
    /// <param name="provenance">Where the facts come from.</param>
    /// <param name="englishTitle">The title in English, or null.</param>
    /// <exception cref="ArgumentException">The title is empty, the body id is malformed, there is no item, or the approval date is after the period.</exception>
    public ActivityPlan(
        string title,
        DateInterval period,
        IReadOnlyList<PlanItem> items,
        string? approvingBodyId = null,
        LocalDate? approvalDate = null,
        string? id = null,
        IReadOnlyList<string>? provenance = null,
        string? englishTitle = null)
        : base(id, provenance)
    {
        Title = Guard.NotEmpty(title, nameof(title), "The title of a plan");
        EnglishTitle = Guard.NullOrNotEmpty(englishTitle, nameof(englishTitle), "The English title of a plan");
        Period = period ?? throw new ArgumentNullException(nameof(period));
        ApprovingBodyId = Guard.OptionalId(approvingBodyId, nameof(approvingBodyId), "The approving body id");
        Items = Guard.List(items, nameof(items));
        if (Items.Count == 0)
        {
            throw new ArgumentException($"The plan «{Title}» needs at least one item.", nameof(items));
        }
        if (approvalDate is { } d && d > period.End)
        {
            throw new ArgumentException($"The plan is approved on {DateText.Iso(d)}, after its period ends on {DateText.Iso(period.End)}.", nameof(approvalDate));
        }
        ApprovalDate = approvalDate;
    }

    /// <summary>The title as approved.</summary>
    public string Title { get; }

    /// <summary>The title in English, or null.</summary>
    public string? EnglishTitle { get; }

    /// <summary>The period the plan covers (both ends inclusive).</summary>
    public DateInterval Period { get; }

    /// <summary>The catalog id of the approving body, such as <c>cfm</c>, or null when the sources do not name it.</summary>
    public string? ApprovingBodyId { get; }

    /// <summary>The date of approval, or null.</summary>
    public LocalDate? ApprovalDate { get; }

    /// <summary>The items in order.</summary>
    public IReadOnlyList<PlanItem> Items { get; }

    private protected override void ValidateCore(ValidationScope scope, CstoCatalog catalog)
    {
        if (ApprovingBodyId is not null)
        {
            CatalogChecks.Body(scope.At("approvingBodyId"), catalog, ApprovingBodyId, ApprovalDate, "plan");
        }
        for (var i = 0; i < Items.Count; i++)
        {
            var item = Items[i];
            var at = scope.At("items", i);
            item.Validate(at);
            if (item.Earliest < Period.Start || item.Latest > Period.End)
            {
                // Only the end outside the period: the end is what is wrong.
                var end = item.TermEnd is not null && item.Earliest >= Period.Start && item.Term.Latest <= Period.End;
                at.Report(end ? "termEnd" : "term", $"The term of «{item.Activity}» ({Term(item)}) does not lie within the plan's period {DateText.Iso(Period.Start)} – {DateText.Iso(Period.End)}{(end ? ": it ends after it" : string.Empty)}.");
            }
            for (var j = 0; j < item.ResponsibleBodyIds.Count; j++)
            {
                CatalogChecks.Body(at.At("responsibleBodyIds", j), catalog, item.ResponsibleBodyIds[j], item.Earliest, "plan item");
            }
        }
    }

    private static string Term(PlanItem item) =>
        item.Quarter is { } q ? $"Q{q} {item.Term.Year}" : item.TermEnd is { } end ? $"{item.Term} – {end}" : item.Term.ToString();
}
