using NodaTime;

namespace Csto.Domain.People;

/// <summary>
/// A person's time in a post (Popolo's Membership of a post): holder, post, start and end (possibly known only
/// to the year or month) and whether the holder was acting.
/// </summary>
public sealed record Term
{
    /// <summary>Creates a term.</summary>
    /// <param name="postId">The post.</param>
    /// <param name="personId">The holder.</param>
    /// <param name="start">The first day, possibly partial («2003»).</param>
    /// <param name="end">The last day, possibly partial; null while the term is open or the end is unknown.</param>
    /// <param name="acting">True when the holder was acting (исполняющий обязанности).</param>
    /// <param name="note">A short English note, or null.</param>
    /// <param name="source">Where the facts come from.</param>
    /// <exception cref="ArgumentException">The end can only be before the start.</exception>
    public Term(string postId, string personId, PartialDate start, PartialDate? end = null, bool acting = false, string? note = null, string? source = null)
    {
        PostId = Guard.Id(postId, nameof(postId), "The post id of a term");
        PersonId = Guard.Id(personId, nameof(personId), "The person id of a term");
        if (end is { } e && e.Latest < start.Earliest)
        {
            throw new ArgumentException($"The end of a term ({e}) must not be earlier than its start ({start}).", nameof(end));
        }
        Start = start;
        End = end;
        Acting = acting;
        Note = Guard.NullOrNotEmpty(note, nameof(note), "The note");
        Source = Guard.NullOrNotEmpty(source, nameof(source), "The source");
    }

    /// <summary>The post.</summary>
    public string PostId { get; }

    /// <summary>The holder.</summary>
    public string PersonId { get; }

    /// <summary>The first day, possibly partial.</summary>
    public PartialDate Start { get; }

    /// <summary>The last day, possibly partial, or null when open.</summary>
    public PartialDate? End { get; }

    /// <summary>True when the holder was acting.</summary>
    public bool Acting { get; }

    /// <summary>A short English note, or null.</summary>
    public string? Note { get; }

    /// <summary>Where the facts come from.</summary>
    public string? Source { get; }

    /// <summary>
    /// True when the term certainly covers the date: on or after the last day the start can be and on or before
    /// the first day the end can be. Dates inside a partial boundary («Nov 2018») are not covered.
    /// </summary>
    public bool Covers(LocalDate date) =>
        date >= Start.Latest && (End is not { } end || date <= end.Earliest);

    /// <summary>
    /// True unless one of the two terms certainly ends before the other starts, to the precision the dates are known:
    /// an end known to the month («2018-11») can be any day of that month, so it can overlap a start on 2 November
    /// 2018, while an end on 1 November or in October cannot; an open end overlaps every later start. The catalog
    /// allows no two terms of one post, acting or not, that can overlap.
    /// </summary>
    /// <param name="other">The other term (of any post; the caller compares terms of one post).</param>
    public bool CanOverlap(Term other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return !EndsBefore(this, other) && !EndsBefore(other, this);

        static bool EndsBefore(Term first, Term second) => first.End is { } end && end.Latest < second.Start.Earliest;
    }
}
