using System.Text.Json.Serialization;
using NodaTime;

namespace Csto.Domain.States;

/// <summary>One entry of a state's membership history: a status in effect from a date until the next entry.</summary>
public sealed record MembershipStatus
{
    /// <summary>Creates a status entry.</summary>
    /// <param name="status">The status.</param>
    /// <param name="start">The date it takes effect; may be known only to the year («1993»).</param>
    /// <param name="note">A short English explanation, or null.</param>
    /// <param name="source">Where the fact comes from; required in the catalog.</param>
    public MembershipStatus(MembershipStatusKind status, PartialDate start, string? note = null, string? source = null)
    {
        if (!Enum.IsDefined(status))
        {
            throw new ArgumentOutOfRangeException(nameof(status), status, "Unknown membership status.");
        }
        Status = status;
        Start = start;
        Note = Guard.NullOrNotEmpty(note, nameof(note), "The note");
        Source = Guard.NullOrNotEmpty(source, nameof(source), "The source");
    }

    /// <summary>The status.</summary>
    public MembershipStatusKind Status { get; }

    /// <summary>The date it takes effect, possibly known only to the year or month.</summary>
    public PartialDate Start { get; }

    /// <summary>
    /// The first day on which the status is certainly in effect: the start itself when exact, otherwise the
    /// last day of its year or month. Queries on dates use this day, so they never report a change early.
    /// </summary>
    [JsonIgnore]
    public LocalDate EffectiveFrom => Start.Latest;

    /// <summary>A short English explanation, or null.</summary>
    public string? Note { get; }

    /// <summary>Where the fact comes from.</summary>
    public string? Source { get; }

    /// <summary>True for the statuses in which the state is still a member (member, participation frozen).</summary>
    [JsonIgnore]
    public bool IsMembership => Status is MembershipStatusKind.Member or MembershipStatusKind.ParticipationFrozen;
}
