namespace Csto.Reporting.Templates;

/// <summary>The kind of domain record a template takes (its front matter's <c>model</c>).</summary>
public enum TemplateModelKind
{
    /// <summary><c>event</c>: a session, conference, seminar or press conference.</summary>
    Event,
    /// <summary><c>declaration</c>: a declaration of the Collective Security Council.</summary>
    Declaration,
    /// <summary><c>statement</c>: a statement of a CSTO body.</summary>
    Statement,
    /// <summary><c>analyticalReport</c>: an analytical report.</summary>
    AnalyticalReport,
    /// <summary><c>activityReport</c>: a report on activities over a period.</summary>
    ActivityReport,
    /// <summary><c>informationMessage</c>: an information message (news item) about an event.</summary>
    InformationMessage,
    /// <summary><c>decision</c>: a decision (Решение) of a CSTO body.</summary>
    Decision,
    /// <summary><c>minutes</c>: the minutes (Протокол) of a session.</summary>
    Minutes,
    /// <summary><c>jointStatement</c>: a joint statement of the ministers of the member states.</summary>
    JointStatement,
    /// <summary><c>activityPlan</c>: a plan of joint activities.</summary>
    ActivityPlan,
    /// <summary><c>secretaryGeneralReport</c>: the Secretary General's report to the Collective Security Council.</summary>
    SecretaryGeneralReport,
}

/// <summary>Converts <see cref="TemplateModelKind"/> to and from its front-matter spelling.</summary>
public static class TemplateModelKinds
{
    // The spellings in the order of the enumeration's values (0, 1, …): an array, not a dictionary over the enumeration,
    // whose generic code a start would compile (issue 13).
    private static readonly string[] Spellings =
    [
        "event", "declaration", "statement", "analyticalReport", "activityReport", "informationMessage", "decision", "minutes",
        "jointStatement", "activityPlan", "secretaryGeneralReport",
    ];

    /// <summary>Every spelling, as written in front matter: <c>event</c>, <c>declaration</c>, …</summary>
    public static IReadOnlyList<string> Names { get; } = Array.AsReadOnly(Spellings);

    /// <summary>The front-matter spelling: <c>analyticalReport</c>.</summary>
    /// <exception cref="InvalidOperationException"><paramref name="kind"/> is not a defined <see cref="TemplateModelKind"/> value.</exception>
    public static string ToName(this TemplateModelKind kind) =>
        (uint)kind < (uint)Spellings.Length ? Spellings[(int)kind] : throw new InvalidOperationException($"{(int)kind} is not a template model kind.");

    /// <summary>The kind of a domain record: an <see cref="Csto.Domain.Events.Event"/> is <see cref="TemplateModelKind.Event"/>, and so on.</summary>
    /// <exception cref="ArgumentException">The record is of a kind templates do not take.</exception>
    public static TemplateModelKind Of(Csto.Domain.CstoRecord record) => record switch
    {
        Csto.Domain.Events.Event => TemplateModelKind.Event,
        Csto.Domain.Documents.Declaration => TemplateModelKind.Declaration,
        Csto.Domain.Documents.Statement => TemplateModelKind.Statement,
        Csto.Domain.Documents.AnalyticalReport => TemplateModelKind.AnalyticalReport,
        Csto.Domain.Documents.ActivityReport => TemplateModelKind.ActivityReport,
        Csto.Domain.Documents.InformationMessage => TemplateModelKind.InformationMessage,
        Csto.Domain.Documents.Decision => TemplateModelKind.Decision,
        Csto.Domain.Documents.Minutes => TemplateModelKind.Minutes,
        Csto.Domain.Documents.JointStatement => TemplateModelKind.JointStatement,
        Csto.Domain.Documents.ActivityPlan => TemplateModelKind.ActivityPlan,
        Csto.Domain.Documents.SecretaryGeneralReport => TemplateModelKind.SecretaryGeneralReport,
        null => throw new ArgumentNullException(nameof(record)),
        _ => throw new ArgumentException($"Templates do not take records of type {record.GetType().Name}.", nameof(record)),
    };

    /// <summary>Parses a spelling (case-insensitive; hyphens and underscores are ignored: <c>analytical-report</c>).</summary>
    /// <returns>False when the name is not a model kind.</returns>
    public static bool TryParse(string? name, out TemplateModelKind kind)
    {
        kind = default;
        if (name is null)
        {
            return false;
        }
        var spelling = name.Replace("-", string.Empty, StringComparison.Ordinal).Replace("_", string.Empty, StringComparison.Ordinal);
        var index = Array.FindIndex(Spellings, s => string.Equals(s, spelling, StringComparison.OrdinalIgnoreCase));
        kind = index < 0 ? default : (TemplateModelKind)index;
        return index >= 0;
    }
}
