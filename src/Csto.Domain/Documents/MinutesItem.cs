namespace Csto.Domain.Documents;

/// <summary>
/// One item of the minutes of a session: the question considered and what was decided on it, with the English of
/// both when the record gives it (English outputs print only the English; they never fall back to the Russian).
/// </summary>
public sealed record MinutesItem
{
    /// <summary>Creates an item.</summary>
    /// <param name="subject">The question considered («О проекте декларации …»).</param>
    /// <param name="decisions">What was decided, one entry each, in order; at least one.</param>
    /// <param name="englishSubject">The question in English, or null.</param>
    /// <param name="englishDecisions">The decisions in English, one for each of <paramref name="decisions"/> in the same order, or none.</param>
    /// <exception cref="ArgumentException">
    /// The subject is empty, there is no decision, an English text is empty, or the English decisions are not as many as the decisions.
    /// </exception>
    public MinutesItem(string subject, IReadOnlyList<string> decisions, string? englishSubject = null, IReadOnlyList<string>? englishDecisions = null)
    {
        Subject = Guard.NotEmpty(subject, nameof(subject), "The subject of a minutes item");
        Decisions = Guard.Texts(decisions, nameof(decisions));
        if (Decisions.Count == 0)
        {
            throw new ArgumentException($"The minutes item «{Subject}» needs at least one decision.", nameof(decisions));
        }
        EnglishSubject = Guard.NullOrNotEmpty(englishSubject, nameof(englishSubject), "The English subject of a minutes item");
        EnglishDecisions = Guard.Texts(englishDecisions, nameof(englishDecisions));
        if (EnglishDecisions.Count != 0 && EnglishDecisions.Count != Decisions.Count)
        {
            throw new ArgumentException(
                $"The minutes item «{Subject}» has {Decisions.Count} decision(s) but {EnglishDecisions.Count} English decision(s); give one English text for each, or none.",
                nameof(englishDecisions));
        }
    }

    /// <summary>The question considered.</summary>
    public string Subject { get; }

    /// <summary>What was decided, in order.</summary>
    public IReadOnlyList<string> Decisions { get; }

    /// <summary>The question in English, or null.</summary>
    public string? EnglishSubject { get; }

    /// <summary>The decisions in English, in the order of <see cref="Decisions"/>; empty when the record gives none.</summary>
    public IReadOnlyList<string> EnglishDecisions { get; }
}
