using Csto.Domain.Catalog;
using Csto.Domain.Events;
using Csto.Domain.Validation;
using NodaTime;

namespace Csto.Domain.Documents;

/// <summary>
/// A report on the Organization's activity over a period: figures and sections. JSON gives the period as
/// <c>{ "start": "2023-01-01", "end": "2025-12-31" }</c>.
/// </summary>
/// <example>
/// <code>
/// var report = new ActivityReport("Отчёт о деятельности Организации",
///     new DateInterval(new LocalDate(2023, 1, 1), new LocalDate(2025, 12, 31)),
///     figures: [new Figure("Государства – члены ОДКБ", 6)]);
/// </code>
/// </example>
public sealed record ActivityReport : CstoRecord
{
    /// <summary>Creates a report.</summary>
    /// <param name="title">The title without its period, such as «Отчёт о деятельности Организации»: outputs add the years of <paramref name="period"/> («за 2023–2025 годы»), so the title never says «за последние три года»; validation reports a title that names years or «последние».</param>
    /// <param name="period">The period reported on.</param>
    /// <param name="date">The date of the report, or null.</param>
    /// <param name="preparedBy">Who prepared or presented it.</param>
    /// <param name="figures">The figures.</param>
    /// <param name="sections">The sections.</param>
    /// <param name="id">The record id, or null.</param>
    /// <param name="provenance">Where the facts come from.</param>
    /// <exception cref="ArgumentException">The title is empty, or the report date is before the period starts.</exception>
    public ActivityReport(
        string title,
        DateInterval period,
        LocalDate? date = null,
        IReadOnlyList<Participant>? preparedBy = null,
        IReadOnlyList<Figure>? figures = null,
        IReadOnlyList<ReportSection>? sections = null,
        string? id = null,
        IReadOnlyList<string>? provenance = null)
        : base(id, provenance)
    {
        Title = Guard.NotEmpty(title, nameof(title), "The title of a report");
        Period = period ?? throw new ArgumentNullException(nameof(period));
        if (date is { } d && d < period.Start)
        {
            throw new ArgumentException($"The report date {DateText.Iso(d)} must not be earlier than the start of its period {DateText.Iso(period.Start)}.", nameof(date));
        }
        Date = date;
        PreparedBy = Guard.List(preparedBy, nameof(preparedBy));
        Figures = Guard.List(figures, nameof(figures));
        Sections = Guard.List(sections, nameof(sections));
    }

    /// <summary>The title without its period («Отчёт о деятельности Организации»).</summary>
    public string Title { get; }

    /// <summary>The period reported on (both ends inclusive).</summary>
    public DateInterval Period { get; }

    /// <summary>The date of the report, or null.</summary>
    public LocalDate? Date { get; }

    /// <summary>Who prepared or presented it.</summary>
    public IReadOnlyList<Participant> PreparedBy { get; }

    /// <summary>The figures.</summary>
    public IReadOnlyList<Figure> Figures { get; }

    /// <summary>The sections.</summary>
    public IReadOnlyList<ReportSection> Sections { get; }

    private protected override void ValidateCore(ValidationScope scope, CstoCatalog catalog)
    {
        if (NamesAPeriod(Title))
        {
            scope.Report("title", $"The title «{Title}» names a period; give it without one («Отчёт о деятельности Организации»): the templates add the years of `period` («за {Period.Start.Year}–{Period.End.Year} годы»).");
        }
        for (var i = 0; i < PreparedBy.Count; i++)
        {
            PreparedBy[i].Validate(scope.At("preparedBy", i), catalog, Date ?? Period.End, "report");
        }
        for (var f = 0; f < Figures.Count; f++)
        {
            var years = Figures[f].ByYear;
            for (var y = 0; y < years.Count; y++)
            {
                if (years[y].Year < Period.Start.Year || years[y].Year > Period.End.Year)
                {
                    scope.At("figures", f).At("byYear", y).Report(
                        $"The year {years[y].Year} lies outside the report's period {Period.Start.Year}–{Period.End.Year}.");
                }
            }
        }
    }

    /// <summary>True when the text holds a four-digit year or a relative period («последние три года»).</summary>
    private static bool NamesAPeriod(string title)
    {
        if (title.Contains("последн", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }
        var digits = 0;
        foreach (var c in title)
        {
            digits = c is >= '0' and <= '9' ? digits + 1 : 0;
            if (digits == 4)
            {
                return true;
            }
        }
        return false;
    }
}
