using Csto.Domain.Naming;
using NodaTime;

namespace Csto.Domain.Forces;

/// <summary>
/// A deployment of a collective force as a dated fact: the January 2022 peacekeeping operation in Kazakhstan
/// (contingents sent on 6 January, the last withdrawn on 19 January 2022).
/// </summary>
public sealed record ForceDeployment
{
    /// <summary>Creates a deployment.</summary>
    /// <param name="title">What the deployment was, in Russian and English.</param>
    /// <param name="stateId">The ISO alpha-2 code of the state the force was deployed to.</param>
    /// <param name="start">The day the force was sent.</param>
    /// <param name="end">The day the operation ended (the last contingent withdrawn), or null while it lasts or when not sourced.</param>
    /// <param name="source">Where the facts come from.</param>
    /// <exception cref="ArgumentException">The end is before the start.</exception>
    public ForceDeployment(BilingualText title, string stateId, LocalDate start, LocalDate? end = null, string? source = null)
    {
        Title = title ?? throw new ArgumentNullException(nameof(title));
        StateId = Guard.Id(stateId, nameof(stateId), "The state id of a deployment");
        if (end is { } e && e < start)
        {
            throw new ArgumentException($"The end of a deployment ({DateText.Iso(e)}) must not be earlier than its start ({DateText.Iso(start)}).", nameof(end));
        }
        Start = start;
        End = end;
        Source = Guard.NullOrNotEmpty(source, nameof(source), "The source");
    }

    /// <summary>What the deployment was.</summary>
    public BilingualText Title { get; }

    /// <summary>The ISO alpha-2 code of the state the force was deployed to.</summary>
    public string StateId { get; }

    /// <summary>The day the force was sent.</summary>
    public LocalDate Start { get; }

    /// <summary>The day the operation ended, or null.</summary>
    public LocalDate? End { get; }

    /// <summary>Where the facts come from.</summary>
    public string? Source { get; }

    /// <summary>True when the force was deployed on the date (the start and the end day included).</summary>
    public bool Covers(LocalDate date) => date >= Start && (End is not { } end || date <= end);
}
