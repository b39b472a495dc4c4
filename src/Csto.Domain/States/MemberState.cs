using System.Text.Json.Serialization;
using Csto.Domain.Naming;
using NodaTime;

namespace Csto.Domain.States;

/// <summary>
/// A state that is or was party to the Collective Security Treaty, with its short and full names and its
/// dated membership history.
/// </summary>
/// <example>
/// <code>
/// var armenia = CstoCatalog.Default.GetState("AM");
/// armenia.FullName[GrammaticalCase.Genitive]        // "Республики Армения"
/// armenia.StatusOn(new LocalDate(2025, 12, 3))       // ParticipationFrozen
/// </code>
/// </example>
public sealed record MemberState
{
    /// <summary>Creates a state; the history must be in order of start date.</summary>
    /// <param name="id">The ISO 3166-1 alpha-2 code, such as <c>AM</c>.</param>
    /// <param name="shortName">The short name («Армения»).</param>
    /// <param name="fullName">The full official name («Республика Армения»).</param>
    /// <param name="history">The membership statuses, earliest first.</param>
    /// <param name="source">Where the facts come from.</param>
    /// <exception cref="ArgumentException">The id is not two uppercase letters, or the history is empty or out of order.</exception>
    public MemberState(string id, Name shortName, Name fullName, IReadOnlyList<MembershipStatus> history, string? source = null)
    {
        Id = Guard.NotEmpty(id, nameof(id), "The state id");
        if (id.Length != 2 || !id.All(char.IsAsciiLetterUpper))
        {
            throw new ArgumentException($"The state id \"{id}\" must be an ISO alpha-2 code such as \"AM\".", nameof(id));
        }
        ShortName = shortName ?? throw new ArgumentNullException(nameof(shortName));
        FullName = fullName ?? throw new ArgumentNullException(nameof(fullName));
        History = Guard.List(history, nameof(history));
        if (History.Count == 0)
        {
            throw new ArgumentException($"The membership history of {id} must have at least one status.", nameof(history));
        }
        for (var i = 1; i < History.Count; i++)
        {
            if (History[i].EffectiveFrom <= History[i - 1].EffectiveFrom)
            {
                throw new ArgumentException(
                    $"The membership history of {id} must be in order: status {i} ({History[i].Start}) does not follow status {i - 1} ({History[i - 1].Start}).",
                    nameof(history));
            }
        }
        Source = Guard.NullOrNotEmpty(source, nameof(source), "The source");
    }

    /// <summary>The ISO 3166-1 alpha-2 code.</summary>
    public string Id { get; }

    /// <summary>The short name, such as «Кыргызстан» / Kyrgyzstan.</summary>
    public Name ShortName { get; }

    /// <summary>The full official name, such as «Кыргызская Республика» / Kyrgyz Republic.</summary>
    public Name FullName { get; }

    /// <summary>The membership statuses, earliest first.</summary>
    public IReadOnlyList<MembershipStatus> History { get; }

    /// <summary>Where the facts come from.</summary>
    public string? Source { get; }

    /// <summary>
    /// The status entry in effect on a date (a status counts from its <see cref="MembershipStatus.EffectiveFrom"/>
    /// day inclusive), or null before the state became a party.
    /// </summary>
    public MembershipStatus? StatusEntryOn(LocalDate date)
    {
        MembershipStatus? current = null;
        foreach (var entry in History)
        {
            if (entry.EffectiveFrom > date)
            {
                break;
            }
            current = entry;
        }
        return current;
    }

    /// <summary>The status on a date, or null before the state became a party.</summary>
    public MembershipStatusKind? StatusOn(LocalDate date) => StatusEntryOn(date)?.Status;

    /// <summary>True when the state is a member on the date (including a member whose participation is frozen).</summary>
    public bool IsMemberOn(LocalDate date) => StatusEntryOn(date)?.IsMembership ?? false;

    /// <summary>The status today in the catalog's data: the last entry of the history.</summary>
    [JsonIgnore]
    public MembershipStatus LatestStatus => History[^1];

    /// <inheritdoc/>
    public override string ToString() => $"{Id} {ShortName.English}";
}
