namespace Csto.Domain.Documents;

/// <summary>One item of the minutes of a session: the question considered and what was decided on it.</summary>
public sealed record MinutesItem
{
    /// <summary>Creates an item.</summary>
    /// <param name="subject">The question considered («О проекте декларации …»).</param>
    /// <param name="decisions">What was decided, one entry each, in order; at least one.</param>
    /// <exception cref="ArgumentException">The subject is empty, or there is no decision.</exception>
    public MinutesItem(string subject, IReadOnlyList<string> decisions)
    {
        Subject = Guard.NotEmpty(subject, nameof(subject), "The subject of a minutes item");
        Decisions = Guard.Texts(decisions, nameof(decisions));
        if (Decisions.Count == 0)
        {
            throw new ArgumentException($"The minutes item «{Subject}» needs at least one decision.", nameof(decisions));
        }
    }

    /// <summary>The question considered.</summary>
    public string Subject { get; }

    /// <summary>What was decided, in order.</summary>
    public IReadOnlyList<string> Decisions { get; }
}
